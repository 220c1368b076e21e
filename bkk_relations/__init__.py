"""bkk_relations: a city's international relations — partners, agreements, projects,
activities and contacts — kept in a local SQLite database and seen as a graph."""

__version__ = "0.1.0"
APP_NAME = "bkk_relations"
ORG_NAME = "bkk_relations"

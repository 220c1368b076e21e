"""Countries and world regions, in English and Thai."""

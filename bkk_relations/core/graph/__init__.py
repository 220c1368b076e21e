"""The relationship graph: the model built from the records, its layouts, and its exports
(pictures, GraphML/GEXF, a workbook)."""

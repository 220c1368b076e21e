"""Spreadsheets in and out: reading .xlsx and CSV safely, the columns of each record,
writing workbooks and the ready-made reports."""

"""Data files of the package (lexicons, venues), read with importlib.resources."""

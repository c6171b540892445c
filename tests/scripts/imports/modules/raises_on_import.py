print("raises_on_import: starting")
raise ValueError("import failed")

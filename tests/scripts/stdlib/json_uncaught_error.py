# An uncaught JSONDecodeError: the traceback names json.decoder.JSONDecodeError.
import json

print(json.loads('[1, 2, 3]'))
json.loads('{"key": "value",}')

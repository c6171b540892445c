"""A plain module imported by the import tests."""
print("helper: executing", __name__)
VALUE = 42
_private = "hidden"


def double(x):
    return 2 * x


if __name__ == "__main__":
    print("never printed on import")

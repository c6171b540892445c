print("pkg.core: executing", __name__, __package__)


def greet(name):
    return f"hello {name}"

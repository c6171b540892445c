import circ_a
B_VALUE = "b"


def partial():
    return hasattr(circ_a, "A_VALUE")

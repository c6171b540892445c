# A tokenizer and recursive-descent evaluator for arithmetic expressions.
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            text = src[start:i]
            tokens.append(("num", float(text) if "." in text else int(text)))
        elif ch in "+-*/%()^":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens
def evaluate(src):
    tokens = tokenize(src)
    pos = 0
    def peek():
        return tokens[pos]
    def take():
        nonlocal pos
        tok = tokens[pos]
        pos += 1
        return tok
    def expr():
        value = term()
        while peek() in (("op", "+"), ("op", "-")):
            op = take()[1]
            value = value + term() if op == "+" else value - term()
        return value
    def term():
        value = power()
        while peek()[0] == "op" and peek()[1] in "*/%":
            op = take()[1]
            rhs = power()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value
    def power():
        base = unary()
        if peek() == ("op", "^"):
            take()
            return base ** power()
        return base
    def unary():
        if peek() == ("op", "-"):
            take()
            return -unary()
        return atom()
    def atom():
        kind, value = take()
        if kind == "num":
            return value
        if (kind, value) == ("op", "("):
            inner = expr()
            if take() != ("op", ")"):
                raise SyntaxError("expected )")
            return inner
        raise SyntaxError(f"unexpected token {value!r}")
    result = expr()
    if peek()[0] != "end":
        raise SyntaxError("trailing input")
    return result
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + 7 % -3",
            "1.5 * (2 - 0.5)", "2 ^ 100", "((((7))))", "1 +", "3 $ 4", "1 / 0", "(1 + 2", "4 4"]:
    try:
        print(src, "=", evaluate(src))
    except (SyntaxError, ZeroDivisionError) as e:
        print(src, "->", type(e).__name__ + ":", e)

def returns_through_finally(xs):
    for x in xs:
        try:
            if x:
                break
            elif x is None:
                continue
            return x
        finally:
            cleanup()
    return None

def return_in_finally():
    try:
        raise ValueError
    finally:
        return 1

def handlers():
    try:
        risky()
    except ValueError as e:
        handle(e)
    except (TypeError, KeyError):
        pass
    except:
        raise
    else:
        ok()
    finally:
        done()

# RuntimeError raised explicitly with a message.
def check_state(state):
    if state not in ("ready", "done"):
        raise RuntimeError("invalid state: " + repr(state))
    return state
print(check_state("ready"))
print(check_state("broken"))

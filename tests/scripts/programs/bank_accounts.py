# A small bank simulation using dicts, functions and exceptions.
accounts = {}
log = []
def open_account(owner, initial=0):
    if owner in accounts:
        raise ValueError("account exists: " + owner)
    if initial < 0:
        raise ValueError("negative initial deposit")
    accounts[owner] = {"balance": initial, "history": [("open", initial)]}
def deposit(owner, amount):
    if amount <= 0:
        raise ValueError(f"invalid amount {amount}")
    account = accounts[owner]
    account["balance"] += amount
    account["history"].append(("deposit", amount))
def withdraw(owner, amount):
    account = accounts[owner]
    if amount > account["balance"]:
        raise RuntimeError(f"insufficient funds: {owner} has {account['balance']}, needs {amount}")
    account["balance"] -= amount
    account["history"].append(("withdraw", amount))
def transfer(src, dst, amount):
    withdraw(src, amount)
    try:
        deposit(dst, amount)
    except Exception:
        deposit(src, amount)
        raise
operations = [
    (open_account, ("alice", 100)),
    (open_account, ("bob",)),
    (open_account, ("alice",)),
    (deposit, ("bob", 50)),
    (deposit, ("bob", -5)),
    (withdraw, ("alice", 30)),
    (withdraw, ("bob", 500)),
    (transfer, ("alice", "bob", 25)),
    (transfer, ("alice", "carol", 10)),
    (deposit, ("dave", 1)),
]
for func, args in operations:
    try:
        func(*args)
        log.append("ok")
    except (ValueError, RuntimeError) as e:
        log.append(f"{type(e).__name__}: {e}")
    except KeyError as e:
        log.append(f"no such account {e}")
for entry in log:
    print(entry)
for owner in sorted(accounts):
    acct = accounts[owner]
    print(owner, acct["balance"], acct["history"])
print("total money", sum(map(lambda a: a["balance"], accounts.values())))

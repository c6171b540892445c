# A tiny bank: functions, dicts and exceptions working together.
accounts = {}

def open_account(owner, deposit=0):
    if owner in accounts:
        raise ValueError(f"{owner} already has an account")
    accounts[owner] = deposit

def withdraw(owner, amount):
    if amount > accounts[owner]:
        raise RuntimeError(f"{owner} cannot withdraw {amount}: balance is {accounts[owner]}")
    accounts[owner] -= amount

def transfer(source, target, amount):
    if target not in accounts:
        raise KeyError(target)  # check first, so a failed transfer loses no money
    withdraw(source, amount)
    accounts[target] += amount

steps = [
    lambda: open_account("ada", 100),
    lambda: open_account("grace"),
    lambda: transfer("ada", "grace", 30),
    lambda: open_account("ada"),
    lambda: transfer("grace", "ada", 500),
    lambda: transfer("ada", "linus", 10),
]
for step in steps:
    try:
        step()
        print("ok     ", accounts)
    except (ValueError, RuntimeError) as error:
        print("refused", error)
    except KeyError as error:
        print("refused no account for", error)
print("final balances:", accounts)

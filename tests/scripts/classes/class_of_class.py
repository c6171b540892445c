# A class's __class__ is its metaclass, for builtin and user classes alike.
class Meta(type):
    pass


class Plain:
    pass


class WithMeta(metaclass=Meta):
    pass


print(object.__class__, int.__class__, type.__class__, Exception.__class__)
print(Plain.__class__, WithMeta.__class__, Meta.__class__)
print(Plain().__class__, WithMeta().__class__, (5).__class__.__class__)
print(Plain.__class__ is type(Plain), WithMeta.__class__ is Meta)
print(object.__class__.__name__, WithMeta.__class__.__name__)

# Every quote form of string literals.
print('single', "double")
print('it\'s', "say \"hi\"", "it's", 'say "hi"')
print('''triple single''', """triple double""")
print("""line one
line two
  indented line three""")
print('''has 'single' and "double" inside''')
print("""a "quoted" word and \"\"\" escaped""")
print('', "", '''''', """""")
print(len(''), len("a"), len('''ab'''))
print('adjacent' 'literals' "join" """together""")
x = ('split over '
     'several '
     "lines")
print(x)
print(repr('a'), repr("b'c"), repr('d"e'), repr('f\'g"h'))
print(repr("""multi
line"""))

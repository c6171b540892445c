"""JSON (JavaScript Object Notation) encoding and decoding, frozen into Spindle.

dumps() and dump() turn Python values into JSON text; loads() and load()
parse it back. Text, errors and messages are CPython's. CPython spreads this
over the json.encoder, json.decoder and json.scanner submodules; here it all
lives in this module (JSONDecodeError still names json.decoder as its module,
as CPython's does, so reprs and tracebacks read the same).
"""

__version__ = '2.0.9'
__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

_INFINITY = float('inf')


class JSONDecodeError(ValueError):
    """ValueError raised for malformed JSON.

    msg: the message without the position; doc: the text being parsed;
    pos: the index in doc where parsing failed; lineno, colno: the line and
    column of pos, counting from 1.
    """

    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


# ---------------------------------------------------------------------------
# Encoding

# str.translate table: the characters a JSON string must escape.
_ESCAPE_TABLE = {code: '\\u%04x' % code for code in range(0x20)}
_ESCAPE_TABLE.update({ord('"'): '\\"', ord('\\'): '\\\\', ord('\n'): '\\n', ord('\r'): '\\r',
                      ord('\t'): '\\t', ord('\b'): '\\b', ord('\f'): '\\f'})


def _escape_char(char):
    """A character outside printable ASCII as a \\uXXXX escape (two for astral ones)."""
    code = ord(char)
    if code < 0x10000:
        return '\\u%04x' % code
    code -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff))


def _quote(text, ensure_ascii):
    """text as a JSON string literal."""
    if (text.isprintable() and '"' not in text and '\\' not in text
            and (not ensure_ascii or text.isascii())):
        return '"' + text + '"'
    text = text.translate(_ESCAPE_TABLE)
    if ensure_ascii and (not text.isascii() or '\x7f' in text):
        text = ''.join([char if char < '\x7f' else _escape_char(char) for char in text])
    return '"' + text + '"'


class JSONEncoder:
    """Extensible JSON encoder for Python data structures.

    dict becomes an object; list and tuple an array; str a string; int and
    float numbers; True, False and None true, false and null. Override
    default() (or pass default=) to encode other types: it returns an
    encodable value or raises TypeError.
    """

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return an encodable stand-in for o, or raise TypeError (the default)."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """The JSON text of o."""
        if isinstance(o, str):
            return _quote(o, self.ensure_ascii)
        chunks = []
        _Writer(self, chunks.append).value(o, 0)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """An iterator over the pieces of o's JSON text (computed up front)."""
        chunks = []
        _Writer(self, chunks.append).value(o, 0)
        return iter(chunks)


class _Writer:
    """Encodes values with one encoder's settings, handing the text to emit.

    The pieces are the ones CPython's json.encoder yields, so json.dump()
    calls fp.write() with the same strings.
    """

    def __init__(self, encoder, emit):
        self.emit = emit
        self.default = encoder.default
        self.ensure_ascii = encoder.ensure_ascii
        self.allow_nan = encoder.allow_nan
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys
        self.item_separator = encoder.item_separator
        self.key_separator = encoder.key_separator
        self.markers = {} if encoder.check_circular else None
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent

    def float_text(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INFINITY:
            text = 'Infinity'
        elif o == -_INFINITY:
            text = '-Infinity'
        else:
            return repr(float(o))
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def scalar(self, o):
        """The JSON text of o if it is a string, number, bool or None, else None."""
        if isinstance(o, str):
            return _quote(o, self.ensure_ascii)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return '%d' % o
        if isinstance(o, float):
            return self.float_text(o)
        return None

    def enter(self, o):
        """Note that o is being encoded; a second visit is a cycle."""
        if self.markers is None:
            return None
        marker = id(o)
        if marker in self.markers:
            raise ValueError('Circular reference detected')
        self.markers[marker] = o
        return marker

    def leave(self, marker):
        if marker is not None:
            del self.markers[marker]

    def value(self, o, level):
        text = self.scalar(o)
        if text is not None:
            self.emit(text)
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            marker = self.enter(o)
            self.value(self.default(o), level)
            self.leave(marker)

    def array(self, items, level):
        emit = self.emit
        if not items:
            emit('[]')
            return
        marker = self.enter(items)
        if self.indent is None:
            newline = None
            separator = self.item_separator
            piece = '['
        else:
            level += 1
            newline = '\n' + self.indent * level
            separator = self.item_separator + newline
            piece = '[' + newline
        first = True
        for item in items:
            if first:
                first = False
            else:
                piece = separator
            text = self.scalar(item)
            if text is not None:
                emit(piece + text)
                continue
            emit(piece)
            # Nested containers are encoded here, not through value(), so
            # that each level of nesting takes one Python frame.
            if isinstance(item, (list, tuple)):
                self.array(item, level)
            elif isinstance(item, dict):
                self.object(item, level)
            else:
                self.value(item, level)
        if newline is not None:
            emit('\n' + self.indent * (level - 1))
        emit(']')
        self.leave(marker)

    def object(self, dct, level):
        emit = self.emit
        if not dct:
            emit('{}')
            return
        marker = self.enter(dct)
        emit('{')
        if self.indent is None:
            newline = None
            separator = self.item_separator
        else:
            level += 1
            newline = '\n' + self.indent * level
            separator = self.item_separator + newline
            emit(newline)
        first = True
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        for key, item in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.float_text(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = '%d' % key
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                emit(separator)
            emit(_quote(key, self.ensure_ascii))
            emit(self.key_separator)
            text = self.scalar(item)
            if text is not None:
                emit(text)
            elif isinstance(item, (list, tuple)):
                self.array(item, level)
            elif isinstance(item, dict):
                self.object(item, level)
            else:
                self.value(item, level)
        if newline is not None:
            emit('\n' + self.indent * (level - 1))
        emit('}')
        self.leave(marker)


_default_encoder = JSONEncoder()


def _make_encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                  separators, default, sort_keys, kw):
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None
            and indent is None and separators is None and default is None
            and not sort_keys and not kw):
        return _default_encoder
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str.

    indent (an int or a str) pretty-prints with that indent per level;
    separators is an (item_separator, key_separator) pair; sort_keys orders
    object keys; default(o) encodes otherwise unsupported objects; skipkeys
    drops keys that are not str, int, float, bool or None instead of raising;
    ensure_ascii=False keeps non-ASCII characters as they are; allow_nan=False
    refuses NaN and infinities; check_circular=False skips the cycle check.
    """
    encoder = _make_encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                            separators, default, sort_keys, kw)
    return encoder.encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj as JSON to fp (anything with a write(str) method).

    The options are those of dumps().
    """
    encoder = _make_encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                            separators, default, sort_keys, kw)
    if type(encoder).iterencode is JSONEncoder.iterencode:
        _Writer(encoder, fp.write).value(obj, 0)   # writes as it goes
    else:
        for chunk in encoder.iterencode(obj):
            fp.write(chunk)


# ---------------------------------------------------------------------------
# Decoding

_WHITESPACE = ' \t\n\r'
_HEX_DIGITS = '0123456789abcdefABCDEF'
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
                   'n': '\n', 'r': '\r', 't': '\t'}


class _NoValue(Exception):
    """No JSON value starts at pos (reported as "Expecting value")."""

    def __init__(self, pos):
        Exception.__init__(self, pos)
        self.pos = pos


def _skip_space(s, idx):
    while idx < len(s) and s[idx] in _WHITESPACE:
        idx += 1
    return idx


def _hex4(s, idx):
    """The four hex digits at s[idx:idx+4] as an int, or None."""
    digits = s[idx:idx + 4]
    for digit in digits:
        if digit not in _HEX_DIGITS:
            return None
    return int(digits, 16)


def _scan_unicode_escape(s, u_pos):
    """Decode the \\uXXXX escape whose 'u' is at u_pos, joining a surrogate pair.

    Returns (code point, index after the escape).
    """
    end = u_pos + 5
    if end >= len(s):
        raise JSONDecodeError('Invalid \\uXXXX escape', s, u_pos)
    code = _hex4(s, u_pos + 1)
    if code is None:
        raise JSONDecodeError('Invalid \\uXXXX escape', s, u_pos)
    if 0xd800 <= code <= 0xdbff and end + 6 < len(s) and s[end] == '\\' and s[end + 1] == 'u':
        low = _hex4(s, end + 2)
        if low is None:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, end + 1)
        if 0xdc00 <= low <= 0xdfff:
            code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
            end += 6
    return code, end


def _scan_string(s, end, strict):
    """Parse the JSON string whose opening quote is at end - 1.

    Returns (text, index after the closing quote). With strict, control
    characters (below U+0020) may not appear unescaped.
    """
    quote = s.find('"', end)
    if quote >= 0:
        chunk = s[end:quote]
        if '\\' not in chunk and (chunk.isprintable() or not strict):
            return chunk, quote + 1      # the common case: nothing to decode
    begin = end - 1
    length = len(s)
    chunks = []
    while True:
        if 0 <= quote < end:
            quote = s.find('"', end)
        stop = s.find('\\', end, length if quote < 0 else quote)
        if stop < 0:
            stop = length if quote < 0 else quote
        chunk = s[end:stop]
        if strict and not chunk.isprintable():
            for idx in range(end, stop):
                if s[idx] <= '\x1f':
                    raise JSONDecodeError('Invalid control character at', s, idx)
        if stop == length:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if chunk:
            chunks.append(chunk)
        if s[stop] == '"':
            return ''.join(chunks), stop + 1
        if stop + 1 == length:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        kind = s[stop + 1]
        if kind == 'u':
            code, end = _scan_unicode_escape(s, stop + 1)
            chunks.append(chr(code))
        else:
            char = _SIMPLE_ESCAPES.get(kind)
            if char is None:
                raise JSONDecodeError('Invalid \\escape', s, stop)
            chunks.append(char)
            end = stop + 2


def _constant(name):
    """The default parse_constant: NaN, Infinity and -Infinity as floats."""
    if name == 'NaN':
        return float('nan')
    if name == 'Infinity':
        return _INFINITY
    if name == '-Infinity':
        return -_INFINITY
    raise KeyError(name)


class _Scanner:
    """Parses JSON values with one decoder's hooks."""

    def __init__(self, decoder):
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.strict = decoder.strict

    def value(self, s, idx):
        """Parse the value starting at s[idx]: (value, index after it)."""
        if idx >= len(s):
            raise _NoValue(idx)
        char = s[idx]
        if char == '"':
            return _scan_string(s, idx + 1, self.strict)
        if char == '{':
            return self.object(s, idx + 1)
        if char == '[':
            return self.array(s, idx + 1)
        if '0' <= char <= '9':
            return self.number(s, idx)
        if char == '-':
            if s.startswith('-Infinity', idx):
                return self.parse_constant('-Infinity'), idx + 9
            return self.number(s, idx)
        if char == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if char == 't' and s.startswith('true', idx):
            return True, idx + 4
        if char == 'f' and s.startswith('false', idx):
            return False, idx + 5
        if char == 'N' and s.startswith('NaN', idx):
            return self.parse_constant('NaN'), idx + 3
        if char == 'I' and s.startswith('Infinity', idx):
            return self.parse_constant('Infinity'), idx + 8
        raise _NoValue(idx)

    def number(self, s, idx):
        """Parse -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][-+]?[0-9]+)? at s[idx]."""
        length = len(s)
        start = idx
        if s[idx] == '-':
            idx += 1
            if idx >= length:
                raise _NoValue(start)
        if '1' <= s[idx] <= '9':
            idx += 1
            while idx < length and '0' <= s[idx] <= '9':
                idx += 1
        elif s[idx] == '0':
            idx += 1
        else:
            raise _NoValue(start)
        is_float = False
        if idx + 1 < length and s[idx] == '.' and '0' <= s[idx + 1] <= '9':
            is_float = True
            idx += 2
            while idx < length and '0' <= s[idx] <= '9':
                idx += 1
        if idx + 1 < length and (s[idx] == 'e' or s[idx] == 'E'):
            exponent = idx
            idx += 1
            if idx + 1 < length and (s[idx] == '-' or s[idx] == '+'):
                idx += 1
            while idx < length and '0' <= s[idx] <= '9':
                idx += 1
            if '0' <= s[idx - 1] <= '9':
                is_float = True
            else:
                idx = exponent     # no digits: the number ended before the 'e'
        text = s[start:idx]
        return (self.parse_float(text) if is_float else self.parse_int(text)), idx

    def array(self, s, idx):
        """Parse an array whose '[' is at idx - 1."""
        n = len(s)
        values = []
        if idx < n and s[idx] in _WHITESPACE:
            idx = _skip_space(s, idx + 1)
        if idx < n and s[idx] == ']':
            return values, idx + 1
        while True:
            # Nested containers are parsed here, not through value(), so
            # that each level of nesting takes one Python frame.
            char = s[idx] if idx < n else ''
            if char == '[':
                item, idx = self.array(s, idx + 1)
            elif char == '{':
                item, idx = self.object(s, idx + 1)
            else:
                item, idx = self.value(s, idx)
            values.append(item)
            if idx < n and s[idx] in _WHITESPACE:
                idx = _skip_space(s, idx + 1)
            if idx < n and s[idx] == ']':
                return values, idx + 1
            if idx >= n or s[idx] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx += 1
            if idx < n and s[idx] in _WHITESPACE:
                idx = _skip_space(s, idx + 1)

    def object(self, s, idx):
        """Parse an object whose '{' is at idx - 1."""
        n = len(s)
        strict = self.strict
        pairs_hook = self.object_pairs_hook
        pairs = [] if pairs_hook is not None else None
        result = {}
        if idx < n and s[idx] in _WHITESPACE:
            idx = _skip_space(s, idx + 1)
        if idx >= n or s[idx] != '}':
            while True:
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError('Expecting property name enclosed in double quotes',
                                          s, idx)
                key, idx = _scan_string(s, idx + 1, strict)
                if idx < n and s[idx] in _WHITESPACE:
                    idx = _skip_space(s, idx + 1)
                if idx >= n or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx += 1
                if idx < n and s[idx] in _WHITESPACE:
                    idx = _skip_space(s, idx + 1)
                char = s[idx] if idx < n else ''
                if char == '[':
                    item, idx = self.array(s, idx + 1)
                elif char == '{':
                    item, idx = self.object(s, idx + 1)
                else:
                    item, idx = self.value(s, idx)
                if pairs is None:
                    result[key] = item
                else:
                    pairs.append((key, item))
                if idx < n and s[idx] in _WHITESPACE:
                    idx = _skip_space(s, idx + 1)
                if idx < n and s[idx] == '}':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx += 1
                if idx < n and s[idx] in _WHITESPACE:
                    idx = _skip_space(s, idx + 1)
        if pairs is not None:
            return pairs_hook(pairs), idx + 1
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, idx + 1


class JSONDecoder:
    """Simple JSON decoder.

    Objects become dicts (or whatever object_hook(dict) or
    object_pairs_hook(list of pairs) returns), arrays lists, strings str,
    integers int (or parse_int(text)), other numbers float (or
    parse_float(text)), true/false/null True/False/None, and NaN, Infinity,
    -Infinity floats (or parse_constant(name)). strict=False lets strings
    hold control characters.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self._scanner = _Scanner(self)

    def decode(self, s):
        """The Python value of the JSON document s (a str)."""
        obj, end = self.raw_decode(s, _skip_space(s, 0))
        end = _skip_space(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON value at s[idx:]: (value, index where it ends).

        Text after the value is allowed.
        """
        if idx < 0:
            raise ValueError('idx cannot be negative')
        try:
            return self._scanner.value(s, idx)
        except _NoValue as missing:
            raise JSONDecodeError('Expecting value', s, missing.pos) from None


_default_decoder = JSONDecoder()


def _detect_encoding(data):
    """The encoding of JSON bytes, from their BOM or where the zero bytes are."""
    if data.startswith(b'\x00\x00\xfe\xff') or data.startswith(b'\xff\xfe\x00\x00'):
        return 'utf-32'
    if data.startswith(b'\xfe\xff') or data.startswith(b'\xff\xfe'):
        return 'utf-16'
    if data.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(data) >= 4:
        if not data[0]:
            return 'utf-16-be' if data[1] else 'utf-32-be'
        if not data[1]:
            return 'utf-16-le' if data[2] or data[3] else 'utf-32-le'
    elif len(data) == 2:
        if not data[0]:
            return 'utf-16-be'
        if not data[1]:
            return 'utf-16-le'
    return 'utf-8'


def _decode_wide(data, encoding):
    """Decode UTF-16 or UTF-32 bytes, letting lone surrogates through."""
    width = 2 if encoding.startswith('utf-16') else 4
    big = encoding.endswith('-be')
    if encoding in ('utf-16', 'utf-32'):     # the BOM says which byte order
        big = data[:width] in (b'\xfe\xff', b'\x00\x00\xfe\xff')
        data = data[width:]
    usable = len(data) - len(data) % width
    if usable != len(data):
        raise UnicodeDecodeError(encoding, data, usable, len(data), 'truncated data')
    codes = [int.from_bytes(data[i:i + width], 'big' if big else 'little')
             for i in range(0, usable, width)]
    chars = []
    i = 0
    while i < len(codes):
        code = codes[i]
        if code > 0x10ffff:
            raise UnicodeDecodeError(encoding, data, i * width, (i + 1) * width,
                                     'code point not in range(0x110000)')
        if (width == 2 and 0xd800 <= code <= 0xdbff and i + 1 < len(codes)
                and 0xdc00 <= codes[i + 1] <= 0xdfff):
            code = 0x10000 + ((code - 0xd800) << 10) + (codes[i + 1] - 0xdc00)
            i += 1
        chars.append(chr(code))
        i += 1
    return ''.join(chars)


def _decode_bytes(data):
    encoding = _detect_encoding(data)
    if encoding == 'utf-8':
        return data.decode('utf-8')
    if encoding == 'utf-8-sig':
        return data[3:].decode('utf-8')
    return _decode_wide(data, encoding)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, or bytes holding UTF-8, UTF-16 or UTF-32 JSON).

    object_hook, object_pairs_hook, parse_float, parse_int, parse_constant
    and strict (in kw) are passed to the decoder: see JSONDecoder. Malformed
    JSON raises JSONDecodeError.
    """
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    else:
        if not isinstance(s, bytes):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = _decode_bytes(s)
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize the JSON document fp.read() returns; the options are loads()'s."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)

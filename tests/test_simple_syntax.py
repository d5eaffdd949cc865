"""generator/simple_syntax.py: the checker accepts what we emit and rejects broken Simple code.

Each broken snippet is pinned to the exact `FILE:LINE: message` the checker gives, so a
checker that stops noticing a mistake (or blames the wrong line) fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import GENERATED, ROOT

from generator import keywords
from generator.loader import load_catalogue
from generator.render import render_tree
from generator.simple_grammar import BOTH, EITHER, RULES
from generator.simple_syntax import KEYWORDS, Module, main, parse

GOLDEN = ROOT / "tests" / "golden" / "expected" / "simple"
FIXTURE = ROOT / "tests" / "golden" / "fixture.yaml"

# A small imported module, standing in for ffi.spl: two exported externs and one that is not.
FFI = """\
extern fn rt_one(a: i64) -> i64
extern fn rt_pair(a: i64, b: [i64]) -> [i64]
extern fn rt_hidden()

export rt_one
export rt_pair
"""


def ffi() -> Module:
    module, problems = parse(FFI, "ffi.spl")
    assert problems == []
    return module


def check(source: str, grammar: str = BOTH) -> list[str]:
    """Problems in BOTH (what both of Simple's parsers accept: the grammar of generated code)."""
    return [str(p) for p in parse(source, "t.spl", {"lib.x": ffi()}, grammar=grammar)[1]]


# (id, source, the one problem expected)
BROKEN = [
    # ---------------------------------------------------------------- layout
    ("indent_not_multiple_of_4", "fn f() -> i64:\n   1\n", "t.spl:2: indentation of 3 spaces is not a multiple of 4"),
    (
        "indent_two_levels_at_once",
        "fn f() -> i64:\n        1\n",
        "t.spl:2: indented 8 spaces more than the line before; a block is indented 4",
    ),
    ("tab_indent", "fn f() -> i64:\n\t1\n", "t.spl:2: a tab in the indentation: Simple code is indented with 4 spaces"),
    ("unexpected_indent", "fn f() -> i64:\n    val x = 1\n        x\n", "t.spl:3: unexpected indentation"),
    ("empty_block", "fn f():\n\nfn g():\n    pass\n", "t.spl:3: expected an indented block after ':' on line 1"),
    ("indented_at_module_level", "    extern fn f()\n", "t.spl:1: unexpected indentation at module level"),
    # ---------------------------------------------------------------- punctuation
    (
        "missing_colon_after_signature",
        "fn f() -> i64\n    1\n",
        "t.spl:1: expected ':' after the signature of fn f, found the end of the line",
    ),
    (
        "missing_colon_after_if",
        "fn f(x: i64) -> i64:\n    if x > 0\n        return 1\n    0\n",
        "t.spl:2: expected ':' after the condition of 'if', found the end of the line",
    ),
    ("unclosed_paren", "fn f() -> i64:\n    rt_one((1)\n", "t.spl:2: '(' opened here is never closed"),
    ("mismatched_bracket", "fn f() -> [i64]:\n    [1, 2)\n", "t.spl:2: ')' closes the '[' opened on line 2"),
    ("stray_closer", "fn f() -> i64:\n    1)\n", "t.spl:2: ')' closes nothing"),
    (
        "missing_parameter_type",
        "extern fn f(a)\n",
        "t.spl:1: expected ':' after parameter 'a' (every parameter has a type), found ')'",
    ),
    ("extern_with_body", "extern fn f() -> i64:\n", "t.spl:1: extern fn f has no body: remove the ':'"),
    ("operator_at_line_end", "fn f() -> i64:\n    1 +\n", "t.spl:2: an expression ends in an operator"),
    # ---------------------------------------------------------------- types
    ("unknown_type", "fn f(x: Tensr) -> i64:\n    1\n", "t.spl:1: unknown type 'Tensr'"),
    (
        "generic_arity",
        "fn f() -> Result<i64>:\n    Ok(1)\n",
        "t.spl:1: 'Result' takes 2 type argument(s), given 1",
    ),
    ("rust_style_array", "extern fn f(a: Vec<i64>)\n", "t.spl:1: 'Vec' takes no type arguments"),
    # ---------------------------------------------------------------- names and keywords
    ("keyword_parameter", "extern fn f(var: i64)\n", "t.spl:1: 'var' is a keyword and cannot be a parameter name"),
    ("keyword_parameter_loss", "extern fn f(loss: f64)\n", "t.spl:1: 'loss' is a keyword and cannot be a parameter name"),
    ("keyword_function_name", "fn var() -> i64:\n    1\n", "t.spl:1: 'var' is a keyword and cannot be a function name"),
    (
        "self_parameter",
        "class A:\n    x: i64\n    fn f(self: A) -> i64:\n        1\n",
        "t.spl:3: 'self' is implicit in methods and is never written as a parameter",
    ),
    ("unknown_function", "fn f() -> i64:\n    g(1)\n", "t.spl:2: unknown name 'g'"),
    ("unknown_name_in_interpolation", 'fn f(x: i64) -> text:\n    "{x} and {y}"\n', "t.spl:2: unknown name 'y'"),
    ("duplicate_definition", "extern fn f()\nfn f():\n    pass\n", "t.spl:2: 'f' is defined twice"),
    ("duplicate_parameter", "extern fn f(a: i64, a: i64)\n", "t.spl:1: parameter 'a' appears twice"),
    ("export_unknown", "extern fn f()\nexport g\n", "t.spl:2: export of 'g', which this module does not define"),
    # ---------------------------------------------------------------- comments and strings
    (
        "stray_if_directive",
        "#if defined(X)\nextern fn f()\n",
        "t.spl:1: a line starting '#if' is a conditional-compilation directive in Simple, not a comment; "
        "write '# ' and the text",
    ),
    (
        "stray_else_directive_in_class",
        "class A:\n    x: i64\n    #else\n",
        "t.spl:3: a line starting '#else' is a conditional-compilation directive in Simple, not a comment; "
        "write '# ' and the text",
    ),
    ("attribute_line", "#[inline]\nextern fn f()\n", "t.spl:1: a line starting '#[' is an attribute in Simple, not a comment"),
    ("unterminated_string", 'fn f() -> text:\n    "abc\n', "t.spl:2: a string opened here is not closed on the same line"),
    ("unterminated_docstring", 'fn f():\n    """never closed\n    pass\n', "t.spl:2: a docstring opened here is never closed"),
    ("unknown_escape", 'fn f() -> text:\n    "a\\q"\n', "t.spl:2: unknown escape '\\q' in a string"),
    (
        "unclosed_interpolation",
        'fn f(x: i64) -> text:\n    "{x"\n',
        "t.spl:2: '{' in a string opens an interpolation that is never closed (write '\\{')",
    ),
    (
        "docstring_in_the_middle",
        'fn f():\n    pass\n    """late"""\n',
        "t.spl:3: a docstring is only allowed as the first statement of a module, class or function",
    ),
    # ---------------------------------------------------------------- statements
    (
        "use_without_names",
        "use lib.x\n",
        "t.spl:1: 'use lib.x' imports nothing: end it with '.*' or '.{names}'",
    ),
    ("use_unknown_module", "use lib.y.*\n", "t.spl:1: cannot resolve module 'lib.y'"),
    ("use_not_exported", "use lib.x.{rt_hidden}\n", "t.spl:1: 'rt_hidden' is not exported by lib.x"),
    ("glob_skips_unexported", "use lib.x.*\nfn f():\n    rt_hidden()\n", "t.spl:3: unknown name 'rt_hidden'"),
    ("else_without_if", "fn f():\n    else:\n        pass\n", "t.spl:2: 'else' without a matching 'if' before it"),
    ("module_level_return", "return 1\n", "t.spl:1: 'return' at module level, outside any function or loop"),
    (
        "assign_to_val",
        "fn f() -> i64:\n    val x = 1\n    x = 2\n    x\n",
        "t.spl:3: 'x' is a val and cannot be assigned: declare it with var",
    ),
    ("assign_to_parameter", "fn f(a: i64):\n    a = 2\n", "t.spl:2: 'a' is a parameter and cannot be assigned"),
    (
        "default_before_required",
        "extern fn f(a: i64 = 1, b: i64)\n",
        "t.spl:1: parameter 'b' has no default but follows one that has",
    ),
    # ---------------------------------------------------------------- classes
    (
        "fn_assigns_self",
        "class A:\n    x: i64\n    fn set(v: i64):\n        self.x = v\n",
        "t.spl:4: fn set assigns self.x: a method that changes its object is declared with 'me'",
    ),
    (
        "fn_calls_me",
        "class A:\n    x: i64\n    me reset():\n        self.x = 0\n    fn f():\n        self.reset()\n",
        "t.spl:6: a fn calls me reset on self: a method that changes its object is declared with 'me'",
    ),
    ("self_in_static", "class A:\n    x: i64\n    static fn f() -> i64:\n        self.x\n", "t.spl:4: 'self' in static fn f"),
    ("self_outside_class", "fn f() -> i64:\n    self.x\n", "t.spl:2: 'self' outside a class"),
    ("unknown_member", "class A:\n    x: i64\n    fn f() -> i64:\n        self.y\n", "t.spl:4: class A has no member 'y'"),
    ("unknown_method", "class A:\n    x: i64\n    fn f():\n        self.g()\n", "t.spl:4: class A has no method 'g'"),
    (
        "unknown_static",
        "class A:\n    x: i64\n    static fn make() -> A:\n        A(x: 1)\nfn f() -> A:\n    A.mak()\n",
        "t.spl:6: class A has no static fn 'mak'",
    ),
    (
        "constructor_missing_field",
        "class A:\n    x: i64\n    y: i64\nfn f() -> A:\n    A(x: 1)\n",
        "t.spl:5: A(...) leaves field 'y' unset",
    ),
    (
        "constructor_positional",
        "class A:\n    x: i64\nfn f() -> A:\n    A(1)\n",
        "t.spl:4: construct A with named fields: A(field: value, ...)",
    ),
    ("lowercase_class", "class tensor:\n    x: i64\n", "t.spl:1: class names start with a capital letter: 'tensor'"),
    (
        "field_after_methods_typo",
        "class A:\n    x i64\n",
        "t.spl:2: expected a field, 'fn', 'me' or 'static fn' in class A, found 'x'",
    ),
    # ---------------------------------------------------------------- calls
    (
        "extern_arity",
        "use lib.x.*\nfn f() -> i64:\n    rt_one(1, 2)\n",
        "t.spl:3: extern fn rt_one takes 1 argument, given 2",
    ),
    (
        "fn_arity_with_defaults",
        "fn g(a: i64, b: i64 = 1) -> i64:\n    a\nfn f() -> i64:\n    g()\n",
        "t.spl:4: fn g takes 1 to 2 arguments, given 0",
    ),
    (
        "unknown_named_argument",
        "fn g(a: i64) -> i64:\n    a\nfn f() -> i64:\n    g(b: 1)\n",
        "t.spl:4: fn g has no parameter 'b'",
    ),
    (
        "positional_after_named",
        "fn g(a: i64, b: i64) -> i64:\n    a\nfn f() -> i64:\n    g(a: 1, 2)\n",
        "t.spl:4: a positional argument follows a named one",
    ),
    ("ok_arity", "fn f() -> Result<i64, text>:\n    Ok(1, 2)\n", "t.spl:2: Ok takes 1 argument, given 2"),
    # ---------------------------------------------------------------- optionals and defaults
    ("coalesce_at_line_end", "fn f(x: i64?) -> i64:\n    x ??\n", "t.spl:2: an expression ends in an operator"),
    ("unknown_optional_type", "fn f(x: Tensr? = nil) -> i64:\n    1\n", "t.spl:1: unknown type 'Tensr'"),
    (
        "default_calls_unknown_static",
        "class A:\n    x: i64\n    static fn make() -> A:\n        A(x: 1)\nfn f(a: A = A.mak()) -> i64:\n    1\n",
        "t.spl:5: class A has no static fn 'mak'",
    ),
    ("nil_is_a_literal_not_a_name", "fn f(nil: i64?):\n    pass\n", "t.spl:1: 'nil' is a keyword and cannot be a parameter name"),
    # ---------------------------------------------------------------- one parser only (BOTH refuses)
    ("unit_result", "fn f() -> Result<(), text>:\n    Err(\"no\")\n", "t.spl:1: " + RULES["unit_type"].refusal(BOTH)),
    ("else_if", "fn f(x: i64) -> i64:\n    if x > 0:\n        return 1\n    else if x < 0:\n        return 2\n    0\n", "t.spl:4: " + RULES["else_if"].refusal(BOTH)),
    ("percent_assign", "fn f() -> i64:\n    var x = 7\n    x %= 3\n    x\n", "t.spl:3: " + RULES["percent_assign"].refusal(BOTH)),
    ("with_statement", "fn f(t: i64):\n    with t as u:\n        print u\n", "t.spl:2: " + RULES["with"].refusal(BOTH)),
    ("defer_statement", "fn close(t: i64):\n    pass\nfn f(t: i64):\n    defer close(t)\n    pass\n", "t.spl:4: " + RULES["defer"].refusal(BOTH)),
    ("loop_statement", "fn f():\n    loop:\n        break\n", "t.spl:2: " + RULES["loop"].refusal(BOTH)),
    ("arm_without_case", "fn f(x: i64) -> i64:\n    match x:\n        1: return 2\n    0\n", "t.spl:3: " + RULES["arm_without_case"].refusal(BOTH)),
    ("for_enumerate", "fn f(xs: [i64]):\n    for i, x in xs:\n        print x\n", "t.spl:2: " + RULES["for_enumerate"].refusal(BOTH)),
    ("fn_lambda", "fn f() -> i64:\n    val g = fn(x): x + 1\n    g(1)\n", "t.spl:2: " + RULES["fn_lambda"].refusal(BOTH)),
    ("pipe_lambda", "fn f() -> i64:\n    val g = |x| x + 1\n    g(1)\n", "t.spl:2: " + RULES["pipe_lambda"].refusal(BOTH)),
    ("inline_if_expression_without_else", "fn f(x: i64):\n    if x > 0: x + 1\n", "t.spl:2: " + RULES["inline_expression_body"].refusal(BOTH)),
    # ---------------------------------------------------------------- neither parser
    ("prefix_optional", "fn f(x: ?i64):\n    pass\n", "t.spl:1: " + RULES["prefix_optional"].refusal(BOTH)),
]

# Refused in BOTH but accepted in EITHER: exactly one of Simple's parsers takes these.
ONE_PARSER_ONLY = ["unit_result", "else_if", "percent_assign", "with_statement", "defer_statement", "loop_statement",
                   "arm_without_case", "for_enumerate", "fn_lambda", "pipe_lambda", "inline_if_expression_without_else"]


@pytest.mark.parametrize("source, expected", [(s, e) for _, s, e in BROKEN], ids=[i for i, _, _ in BROKEN])
def test_broken_code_is_rejected_with_a_pinned_message(source: str, expected: str) -> None:
    assert check(source) == [expected]


GOOD = """\
\"\"\"A module docstring.\"\"\"
use lib.x.*

# A class with every kind of member.
class Box:
    \"\"\"Holds a value.\"\"\"
    value: i64
    items: [i64]

    static fn make(v: i64 = 0) -> Box:
        Box(value: v, items: [])

    fn get() -> i64:
        self.value

    me set(v: i64) -> Result<bool, text>:
        if v < 0:
            return Err("negative: {v}")
        elif v == 0 and not self.items.len() > 0:
            self.value = 0
        else:
            self.value = v
        Ok(true)

    me add(v: i64):
        self.items.push(v)

fn total(xs: [i64]) -> i64:
    var sum = 0
    for x in xs:
        sum = sum + x * 2 - (x % 3) / 1
    var i = 0
    while i < xs.len():
        i = i + 1
    sum

fn one_line(x: f64) -> f64: x * 1.5e-3

fn calls() -> [i64]:
    val b = Box.make(v: 3)
    val pair = rt_pair(rt_one(-1), [1, 2, 0x1f])
    print "{b.get()} {pair[0]}"
    pair

# Optional parameters with nil and call defaults; ?. and ?? lower them (core tier).
fn optionals(b: Box? = nil, n: i64? = nil, xs: [i64]? = nil, made: Box = Box.make(), maybe: [Box?] = []) -> Result<Box?, text>:
    val handle = b?.value ?? 0
    val given = n != nil
    val items = xs ?? []
    if b == nil:
        return Ok(nil)
    var found: Box? = nil
    found = b
    Ok(found)

export Box, total
export calls, optionals
"""


def test_the_constructs_we_use_are_accepted() -> None:
    assert check(GOOD) == []


def test_the_keywords_have_one_source() -> None:
    assert KEYWORDS is keywords.SIMPLE
    assert {"var", "loss", "nil", "me", "static"} <= KEYWORDS


def test_methods_called_on_values_are_recorded_for_whoever_knows_the_class() -> None:
    source = "fn f(b: [i64], t: Box) -> i64:\n    b.push(1)\n    t.items.len()\n    t.get(v: 2)\n    g().value\n    1\nfn g() -> Box:\n    Box.make()\nclass Box:\n    value: i64\n    items: [i64]\n    static fn make() -> Box:\n        Box(value: 0, items: [])\n    fn get(v: i64) -> i64:\n        self.items.len()\n"
    module, problems = parse(source, "t.spl")
    assert problems == []
    assert module.value_calls == [("push", 1, (), 2), ("len", 0, (), 3), ("get", 0, ("v",), 4), ("len", 0, (), 15)]


def test_a_fragment_resolves_names_in_its_host() -> None:
    host, problems = parse("class Box:\n    value: i64\n    static fn make() -> Box:\n        Box(value: 0)\nfn helper(x: i64) -> i64:\n    x\n", "host.spl")
    assert problems == []
    fragment = "fn uses(b: Box) -> i64:\n    helper(Box.make().value)\n"
    assert [str(p) for p in parse(fragment, "frag.spl")[1]] == [
        "frag.spl:1: unknown type 'Box'",
        "frag.spl:2: unknown name 'Box'",
        "frag.spl:2: unknown name 'helper'",
    ]
    assert parse(fragment, "frag.spl", host=host)[1] == []
    # the host's signatures check the fragment's calls
    assert [str(p) for p in parse("fn uses() -> i64:\n    helper(1, 2)\n", "frag.spl", host=host)[1]] == [
        "frag.spl:2: fn helper takes 1 argument, given 2"
    ]
    assert [str(p) for p in parse("fn uses() -> Box:\n    Box.mak()\n", "frag.spl", host=host)[1]] == [
        "frag.spl:2: class Box has no static fn 'mak'"
    ]


def test_the_generated_simple_files_are_accepted() -> None:
    ffi_module, problems = parse((GENERATED / "simple" / "ffi.spl").read_text(), "ffi.spl")
    assert problems == []
    mod, problems = parse((GENERATED / "simple" / "mod.spl").read_text(), "mod.spl", {"lib.torch.ffi": ffi_module})
    assert problems == []
    assert set(mod.classes) >= {"Tensor", "Stream", "TorchError"}


def test_the_golden_simple_files_are_accepted() -> None:
    ffi_module, problems = parse((GOLDEN / "ffi.spl").read_text(), "ffi.spl")
    assert problems == []
    assert parse((GOLDEN / "mod.spl").read_text(), "mod.spl", {"lib.torch.ffi": ffi_module})[1] == []


def test_the_golden_fixture_renders_to_accepted_simple() -> None:
    """The fixture uses every lowering key: its ffi.spl and mod.spl, rendered now, pass."""
    fixture = load_catalogue(FIXTURE, display="fixture.yaml", source="fixture.yaml")
    files = render_tree(fixture, ("simple",)).files
    ffi_module, problems = parse(files["simple/ffi.spl"], "ffi.spl")
    assert problems == []
    mod, problems = parse(files["simple/mod.spl"], "mod.spl", {"lib.torch.ffi": ffi_module})
    assert problems == []
    assert {"Tensor", "Stream", "TorchError", "Scalar", "DType", "Device", "ValuesIndices"} <= set(mod.classes)
    text = files["simple/mod.spl"]
    for construct in ("Tensor? = nil", "?.handle ?? 0", "!= nil", "Scalar.int(1)", "DType.float32()", "Device.cpu()"):
        assert construct in text, construct


def test_a_mistake_in_the_generated_module_is_found_on_its_line(tmp_path: Path) -> None:
    text = (GENERATED / "simple" / "mod.spl").read_text()
    lines = text.splitlines()
    index = next(i for i, line in enumerate(lines) if line.strip().startswith("tensor_result(rt_torch_torchtensor_add("))
    lines[index] = lines[index].replace("rt_torch_torchtensor_add(self.handle, other.handle)", "rt_torch_torchtensor_add(self.handle)")
    broken = tmp_path / "mod.spl"
    broken.write_text("\n".join(lines) + "\n")
    shutil_copy = tmp_path / "ffi.spl"
    shutil_copy.write_text((GENERATED / "simple" / "ffi.spl").read_text())
    assert main([str(broken)]) == 1
    ffi_module = parse(shutil_copy.read_text(), "ffi.spl")[0]
    problems = [str(p) for p in parse(broken.read_text(), "mod.spl", {"lib.torch.ffi": ffi_module})[1]]
    assert problems == [f"mod.spl:{index + 1}: extern fn rt_torch_torchtensor_add takes 2 arguments, given 1"]


def test_command_line_checks_the_generated_files(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(GENERATED / "simple" / "ffi.spl"), str(GENERATED / "simple" / "mod.spl")]) == 0
    assert capsys.readouterr().out == ""


# Constructs Simple's grammar accepts, written here: each is accepted in BOTH (both parsers take
# it; RULES cites where), and in EITHER. (id, source)
ACCEPTED = [
    ("elif_chain", "fn f(x: i64) -> i64:\n    if x > 1:\n        return 1\n    elif x > 0:\n        return 2\n    else:\n        return 3\n"),
    ("one_line_if_return", "fn f(x: i64) -> i64:\n    if x < 0: return 0\n    x\n"),
    ("one_line_else", "fn f(x: i64) -> i64:\n    var y = 0\n    if x < 0: y = 1\n    else: y = 2\n    y\n"),
    ("if_expression", "fn f(x: i64) -> i64:\n    val y = if x > 0: 1 else: 0\n    y\n"),
    ("if_expression_elif", "fn f(x: i64) -> text:\n    return if x > 0: \"a\" elif x < 0: \"b\" else: \"c\"\n"),
    ("plus_assign", "fn f() -> i64:\n    var x = 1\n    x += 2\n    x\n"),
    ("minus_times_divide_assign", "fn f() -> f64:\n    var x = 8.0\n    x -= 1.0\n    x *= 2.0\n    x /= 7.0\n    x\n"),
    ("field_plus_assign", "class C:\n    n: i64\n    me bump():\n        self.n += 1\n"),
    ("element_plus_assign", "fn f(xs: [i64]):\n    xs[0] += 1\n"),
    ("match_literals", "fn f(x: i64) -> text:\n    match x:\n        case 0:\n            return \"zero\"\n        case 1: return \"one\"\n        case _: return \"many\"\n"),
    ("match_binding_and_guard", "fn f(r: Result<i64, text>) -> i64:\n    match r:\n        case Ok(v) if v > 0:\n            return v\n        case Ok(v):\n            return 0 - v\n        case Err(e):\n            return -1\n"),
    ("match_alternatives", "fn f(x: i64) -> bool:\n    match x:\n        case 1 | 2 | 3: return true\n        case _: return false\n"),
    ("arrow_void", "extern fn f() -> void\n"),
    ("fn_arrow_void", "fn f(x: i64) -> void:\n    print x\n"),
    ("module_val", "val LIMIT = 10\nfn f() -> i64:\n    LIMIT * 2\n"),
    ("module_var_typed", "var count: i64 = 0\nfn bump():\n    count = count + 1\n"),
    ("module_val_exported", "val NAME: text = \"torch\"\nexport NAME\n"),
    ("module_statement", "val xs = [1, 2]\nfor x in xs:\n    print x\n"),
    ("typed_int_literals", "fn f() -> i64:\n    val a = 1i64\n    val b = 2i32\n    val c = 255u8\n    a\n"),
    ("typed_float_literals", "fn f() -> f64:\n    val a = 2.5f32\n    val b = 1.0f64\n    b\n"),
    ("typed_radix_literal", "fn f() -> i64:\n    val mask = 0b1010u8\n    val octal = 0o644u32\n    0\n"),
    ("backslash_lambda", "fn f() -> i64:\n    val add = \\a, b: a + b\n    add(1, 2)\n"),
    ("lambda_as_argument", "fn apply(g: i64, x: i64) -> i64:\n    x\nfn f() -> i64:\n    apply(\\x: x * 2, 3)\n"),
    ("range_loop", "fn f() -> i64:\n    var s = 0\n    for i in 0..10:\n        s += i\n    s\n"),
    ("inclusive_range", "fn f() -> i64:\n    var s = 0\n    for i in 1..=3:\n        s = s + i\n    s\n"),
    ("tuple_binding", "fn pair() -> (i64, i64):\n    (1, 2)\nfn f() -> i64:\n    val (a, b) = pair()\n    a + b\n"),
    ("for_tuple", "fn f(ps: [(i64, i64)]) -> i64:\n    var s = 0\n    for (a, b) in ps:\n        s = s + a * b\n    s\n"),
    ("coalesce_binds_tighter_than_comparison", "fn f(x: i64?) -> bool:\n    x ?? 0 > 1\n"),
    ("pass_forms", "fn a():\n    pass\nfn b():\n    pass_todo\nfn c():\n    pass_do_nothing\nfn d():\n    pass_dn\n"),
    ("print_without_parens", "fn f(x: i64):\n    print \"x is {x}\"\n"),
    ("cast_chain", "fn f(x: i64) -> f32:\n    x as f64 as f32\n"),
    ("optional_chaining_and_try", "class B:\n    v: i64\nfn g() -> Result<i64, text>:\n    Ok(1)\nfn f(b: B?) -> Result<i64, text>:\n    val n = g()?\n    Ok((b?.v ?? 0) + n)\n"),
    ("nested_match_in_loop", "fn f(xs: [i64]) -> i64:\n    var n = 0\n    for x in xs:\n        match x:\n            case 0: continue\n            case _: n += 1\n    n\n"),
    ("while_with_compound", "fn f() -> i64:\n    var i = 10\n    while i > 0:\n        i -= 3\n    i\n"),
]


@pytest.mark.parametrize("source", [s for _, s in ACCEPTED], ids=[i for i, _ in ACCEPTED])
def test_what_simple_accepts_is_accepted(source: str) -> None:
    assert check(source) == []
    assert check(source, EITHER) == []


@pytest.mark.parametrize("source", [s for i, s, _ in BROKEN if i in ONE_PARSER_ONLY], ids=ONE_PARSER_ONLY)
def test_what_one_parser_accepts_is_accepted_in_the_union_only(source: str) -> None:
    assert check(source, EITHER) == []
    assert check(source) != []


def test_enough_pinned_snippets() -> None:
    assert len(ACCEPTED) >= 30
    assert len(ONE_PARSER_ONLY) == len(set(ONE_PARSER_ONLY)) and set(ONE_PARSER_ONLY) <= {i for i, _, _ in BROKEN}


def test_every_rule_cites_both_parsers() -> None:
    for key, rule in RULES.items():
        assert rule.rust_source and rule.core_source, key
        assert rule.accepted(EITHER) or not rule.accepted(BOTH), key
    assert not RULES["unit_type"].accepted(BOTH)


def test_generated_code_is_checked_in_both() -> None:
    import inspect

    assert inspect.signature(parse).parameters["grammar"].default == BOTH

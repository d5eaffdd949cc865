"""The reserved words of every target language, in one place.

The loader rejects a catalogue name (a parameter, a result field, a function's name in a tier)
that one of these languages reserves, naming the language, and the renderers use the same
tables. Each table has the language's keywords (strict, reserved for the future and, for C and
C++, the alternative tokens) and the names the generated code of that tier already uses for
itself, which a parameter would shadow.
"""

from __future__ import annotations

C = frozenset(
    # C17 and C23
    "auto break case char const continue default do double else enum extern float for goto if "
    "inline int long register restrict return short signed sizeof static struct switch typedef "
    "union unsigned void volatile while alignas alignof bool constexpr false nullptr static_assert "
    "thread_local true typeof typeof_unqual".split()
)

CPP = frozenset(
    # C++20 keywords and alternative tokens
    "alignas alignof and and_eq asm auto bitand bitor bool break case catch char char8_t char16_t "
    "char32_t class compl concept const consteval constexpr constinit const_cast continue co_await "
    "co_return co_yield decltype default delete do double dynamic_cast else enum explicit export "
    "extern false float for friend goto if inline int long mutable namespace new noexcept not not_eq "
    "nullptr operator or or_eq private protected public register reinterpret_cast requires return "
    "short signed sizeof static static_assert static_cast struct switch template this thread_local "
    "throw true try typedef typeid typename union unsigned using virtual void volatile wchar_t while "
    "xor xor_eq "
    # namespaces the bridge's code names (a parameter called `at` would hide ATen), and the
    # local that holds the call lock in every generated function
    "at c10 std sffi torch call_lock".split()
)

RUST = frozenset(
    # strict and reserved keywords (2021 and 2024 editions)
    "as async await break const continue crate dyn else enum extern false fn for gen if impl in let "
    "loop match mod move mut pub ref return self Self static struct super trait true type unsafe use "
    "where while abstract become box do final macro override priv try typeof unsized virtual yield "
    # names the generated wrappers bind themselves
    "ffi out out_capacity".split()
)

PYTHON = frozenset(
    # keywords and soft keywords
    "False None True and as assert async await break class continue def del elif else except "
    "finally for from global if import in is lambda nonlocal not or pass raise return try while "
    "with yield match case type _ "
    # names the generated wrappers use: the receiver, and locals of every wrapper
    "self cls".split()
)

SIMPLE = frozenset(
    # the keyword tables of the Simple language (seed and full tiers), as listed in its repository
    "fn val var struct enum class impl extern use export import trait pub static me type implements "
    "const mod asm unit unsafe shared bitfield kernel actor if elif else for while match case return "
    "break continue in loop pass pass_todo pass_do_nothing and or not self is as from async await "
    "yield spawn try catch throw with finally panic xor true false nil super Some Ok Err None loss "
    "nograd gen def exists assert join".split()
)

BY_LANGUAGE: dict[str, frozenset[str]] = {"C": C, "C++": CPP, "Rust": RUST, "Python": PYTHON, "Simple": SIMPLE}


def reserved_in(name: str, languages: tuple[str, ...] = tuple(BY_LANGUAGE)) -> list[str]:
    """The languages (of those given) that reserve `name`."""
    return [lang for lang in languages if name in BY_LANGUAGE[lang]]

"""The grammar facts generator/simple_syntax.py checks, one row per construct, each citing the
place in Simple's two parsers behind it (repository ormastes/simple).

Simple has two parsers, and they do not accept the same language:
    Rust-based   src/rust/parser/src/...                 (RUST below; the seed/bootstrap tool chain)
    self-hosted  src/compiler/10.frontend/core/...       (CORE below; Simple written in Simple)
A row says whether each accepts the construct. The checker runs in one of two grammars:
    EITHER  the union: what at least one parser accepts (snippets, hand-written experiments)
    BOTH    the intersection: what both accept. Every file sffi-gen emits is checked in BOTH,
            so generated code never relies on one parser's extension.
Where a parser rejects a construct the row names the function that would fail on it. These
are read from the parsers' source; no Simple tool chain runs here.
"""

from __future__ import annotations

from dataclasses import dataclass

RUST = "src/rust/parser/src/"
CORE = "src/compiler/10.frontend/core/"

EITHER = "either"
BOTH = "both"
GRAMMARS = (EITHER, BOTH)


@dataclass(frozen=True)
class Rule:
    construct: str
    rust: bool  # accepted by the Rust-based parser
    core: bool  # accepted by the self-hosted parser
    rust_source: str  # where the Rust-based parser decides
    core_source: str  # where the self-hosted parser decides

    def accepted(self, grammar: str) -> bool:
        return (self.rust and self.core) if grammar == BOTH else (self.rust or self.core)

    def refusal(self, grammar: str) -> str:
        """Why this construct is refused in `grammar` (only meaningful when it is)."""
        if not self.rust and not self.core:
            return f"{self.construct} is not Simple: rejected by both parsers ({RUST}{self.rust_source}; {CORE}{self.core_source})"
        only, where = ("Rust-based", RUST + self.rust_source) if self.rust else ("self-hosted", CORE + self.core_source)
        return f"{self.construct} is accepted only by Simple's {only} parser ({where}); generated code keeps to what both accept"


RULES: dict[str, Rule] = {
    # ---------------------------------------------------------------- statements
    "elif": Rule("'elif'", True, True,
                 "stmt_parsing/control_flow.rs parse_if (the Elif loop)",
                 "parser_stmts.spl parse_if_stmt (TOK_KW_ELIF: a nested if)"),
    "else_if": Rule("'else if'", True, False,
                    "stmt_parsing/control_flow.rs parse_if (\"else if\" treated as elif)",
                    "parser_stmts.spl parse_if_stmt (after 'else' it expects ':')"),
    "inline_body": Rule("a one-line body after 'if ...:' / 'else:' (return, break, continue, an assignment)", True, True,
                        "stmt_parsing/control_flow.rs parse_if (is_inline_statement)",
                        "parser_stmts.spl parse_block (a single-line body)"),
    "inline_expression_body": Rule("a one-line 'if' body that is an expression, without 'else'", False, True,
                                   "stmt_parsing/control_flow.rs parse_if (\"Inline if expression requires an else clause\")",
                                   "parser_stmts.spl parse_block (a single-line body)"),
    "if_expression": Rule("an 'if c: a else: b' expression", True, True,
                          "stmt_parsing/control_flow.rs parse_if_expr_after_condition",
                          "parser_stmts.spl parse_if_expr; parser.spl par_env_save_enabled uses it"),
    "compound_assign": Rule("'+=', '-=', '*=', '/='", True, True,
                            "parser_impl/core.rs parse_item -> parse_expression_or_assignment (token.rs PlusAssign..SlashAssign)",
                            "parser_expr.spl parse_assignment (TOK_PLUS_ASSIGN..TOK_SLASH_ASSIGN)"),
    "percent_assign": Rule("'%='", True, False,
                           "token.rs PercentAssign",
                           "parser_expr.spl parse_assignment (no '%=' arm)"),
    "match": Rule("'match e:' with 'case P:' arms (guards 'case P if g:')", True, True,
                  "stmt_parsing/control_flow.rs parse_match_stmt, parse_match_arm",
                  "parser_stmts.spl parse_match_stmt"),
    "arm_without_case": Rule("a match arm without 'case'", True, False,
                             "stmt_parsing/control_flow.rs parse_match_arm ('case' optional)",
                             "parser_stmts.spl parse_match_stmt (\"expected 'case' in match block\")"),
    "for_tuple": Rule("'for (a, b) in e:'", True, True,
                      "stmt_parsing/control_flow.rs parse_for_pattern -> parse_pattern",
                      "parser_stmts.spl parse_for_stmt (tuple destructuring)"),
    "for_enumerate": Rule("'for i, x in e:'", True, False,
                          "stmt_parsing/control_flow.rs parse_for_pattern (enumerate shorthand)",
                          "parser_stmts.spl parse_for_stmt (one name, then 'in')"),
    "loop": Rule("'loop:'", True, False,
                 "parser_impl/core.rs parse_item (TokenKind::Loop -> parse_loop)",
                 "parser_stmts.spl parse_statement (no 'loop')"),
    "with": Rule("'with e as name:'", True, False,
                 "stmt_parsing/control_flow.rs parse_with",
                 "parser_stmts.spl parse_statement (no 'with')"),
    "defer": Rule("'defer e'", False, True,
                  "parser_impl/core.rs parse_item (no 'defer')",
                  "parser_stmts.spl parse_statement (TOK_KW_DEFER)"),
    "tuple_binding": Rule("'val (a, b) = e' / 'var (a, b) = e'", True, True,
                          "stmt_parsing/var_decl.rs parse_let_impl (parse_pattern)",
                          "parser_stmts.spl parse_tuple_destructure_val / _var"),
    "module_binding": Rule("'val' / 'var' at module level", True, True,
                           "parser_impl/core.rs parse_item (Val, Var at any level)",
                           "parser.spl (its own state is module-level 'var': par_errors, par_kind_slot)"),
    "module_statement": Rule("a statement at module level (if, for, while, match, a call)", True, True,
                             "parser_impl/core.rs parse (every item through parse_item)",
                             "parser_stmts.spl parse_if_expr / parse_for_expr / parse_while_expr (\"for module-level statements\")"),
    "pass_forms": Rule("'pass', 'pass_todo', 'pass_do_nothing', 'pass_dn'", True, True,
                       "lexer keyword table (doc/spec/grammar/core_grammar.md, seed tier)",
                       "parser_stmts.spl parse_statement (TOK_KW_PASS..TOK_KW_PASS_DN)"),
    "print_statement": Rule("'print e' without parentheses", True, True,
                            "expressions/no_paren.rs (a call without parentheses)",
                            "parser_stmts.spl parse_statement (bare 'print')"),
    # ---------------------------------------------------------------- expressions
    "typed_literal": Rule("a typed number (1i64, 2.5f32, 0xffu8)", True, True,
                          "lexer/numbers.rs scan_numeric_suffix (i8..u64, f32, f64)",
                          "lexer_struct.spl scan_number; _ParserPrimary/primary_expr.spl (TOK_SUFFIXED_INT/_FLOAT)"),
    "range": Rule("a range 'a..b' / 'a..=b'", True, True,
                  "lexer DotDot (doc/spec/grammar/seed_grammar.md, range_expr)",
                  "parser_expr.spl parse_range (between '??' and '+')"),
    "null_coalesce": Rule("'??'", True, True,
                          "core tier operator question_question (doc/spec/grammar/core_grammar.md)",
                          "parser_expr.spl parse_null_coalesce (tighter than comparisons)"),
    "backslash_lambda": Rule("a lambda '\\x: e'", True, True,
                             "expressions/primary/lambdas.rs parse_primary_lambda (Backslash)",
                             "parser_expr.spl (expr_lambda); the self-hosted sources use it (src/compiler_core/parser.spl parser_convert_type_param)"),
    "fn_lambda": Rule("a lambda 'fn(x): e'", True, False,
                      "expressions/primary/lambdas.rs parse_primary_lambda (TokenKind::Fn)",
                      "parser_expr.spl (no 'fn(' lambda)"),
    "pipe_lambda": Rule("a lambda '|x| e'", True, False,
                        "expressions/primary/lambdas.rs parse_primary_lambda (TokenKind::Pipe)",
                        "parser_expr.spl parse_multiplication ('|' is a binary operator)"),
    # ---------------------------------------------------------------- types
    "void_result": Rule("'-> void'", True, True,
                        "parser_types.rs parse_single_type (any name is a type)",
                        "parser.spl parser_parse_type_impl (a named type)"),
    "unit_type": Rule("the unit type '()' (as in Result<(), E>)", True, False,
                      "parser_types.rs parse_single_type (tuple: parse_paren_type_list may be empty)",
                      "parser.spl parser_parse_type_impl; Result<(), E> is rejected there (issue 15: an open bug)"),
    "prefix_optional": Rule("a prefix optional '?T' (write 'T?')", False, False,
                            "parser_types.rs parse_single_type (expects a name)",
                            "parser.spl parser_parse_type_impl (\"prefix optional type '?T' is not supported\")"),
}

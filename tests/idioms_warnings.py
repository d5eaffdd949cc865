"""Idioms: libtorch's warnings are Python warnings, which `warnings` filters and catches as it
does PyTorch's (UserWarning, the same message). See tests/idioms.py."""

from __future__ import annotations

from idioms import Idiom

# The warnings a statement raises: their categories and first sentences (PyTorch's Python
# binding adds where in its C++ sources the warning was raised).
CAUGHT = """
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    out = {code}
r = (out, [(c.category.__name__, str(c.message).split(". ")[0]) for c in caught])
"""

IDIOMS = [
    Idiom("var of one element", CAUGHT.format(code="torch.ones(1).var()")),
    Idiom("std of one element", CAUGHT.format(code="torch.tensor([2.0]).std()")),
    Idiom("var along a dim of size one", CAUGHT.format(code="torch.ones(1, 3).var(dim=0)")),
    Idiom("no warning", CAUGHT.format(code="torch.ones(3).var()")),
    Idiom("warning in a method chain", CAUGHT.format(code="(torch.ones(1) * 2).var().isnan()")),
    Idiom("warnings as errors", 'with warnings.catch_warnings():\n    warnings.simplefilter("error")\n    r = torch.ones(1).var()'),
    Idiom("ignored warnings", 'with warnings.catch_warnings():\n    warnings.simplefilter("ignore")\n    r = torch.ones(1).var()'),
    Idiom("a warning per call", CAUGHT.format(code="[torch.ones(1).var() for _ in range(3)]")),
]

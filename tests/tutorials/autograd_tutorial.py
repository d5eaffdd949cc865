# Transcribed from PyTorch's tutorials: "Deep Learning with PyTorch: A 60 Minute Blitz",
# "A Gentle Introduction to torch.autograd" (autograd_tutorial.py),
# https://pytorch.org/tutorials/beginner/blitz/autograd_tutorial.html
# (pytorch/tutorials beginner_source/blitz/autograd_tutorial.py), the parts that use only
# tensors: "Differentiation in Autograd" (Q = 3a^3 - b^2, Q.backward(gradient=...), a.grad,
# b.grad) and "Exclusion from the DAG" (requires_grad of results).
#
# Deviations from the original:
# - torch.manual_seed(0) added after the import.
# - Left out, needing torchvision and nn.Module: "Usage in PyTorch" (resnet18, its forward pass,
#   prediction.sum().backward(), torch.optim.SGD over model.parameters()) and the
#   "Exclusion from the DAG" lines that freeze and replace resnet18's layers (model.fc =
#   nn.Linear(512, 10), optim.SGD(model.parameters(), ...)).
"""
A Gentle Introduction to ``torch.autograd``
===========================================
"""

import torch

torch.manual_seed(0)

######################################################################
# Differentiation in Autograd
# ~~~~~~~~~~~~~~~~~~~~~~~~~~~

a = torch.tensor([2., 3.], requires_grad=True)
b = torch.tensor([6., 4.], requires_grad=True)

######################################################################
# We create another tensor ``Q`` from ``a`` and ``b``.

Q = 3*a**3 - b**2

######################################################################
# We need to explicitly pass a ``gradient`` argument in ``Q.backward()`` because it is a vector.

external_grad = torch.tensor([1., 1.])
Q.backward(gradient=external_grad)

#######################################################################
# Gradients are now deposited in ``a.grad`` and ``b.grad``

# check if collected gradients are correct
print(9*a**2 == a.grad)
print(-2*b == b.grad)


######################################################################
# Exclusion from the DAG
# ^^^^^^^^^^^^^^^^^^^^^^

x = torch.rand(5, 5)
y = torch.rand(5, 5)
z = torch.rand((5, 5), requires_grad=True)

a = x + y
print(f"Does `a` require gradients?: {a.requires_grad}")
b = x + z
print(f"Does `b` require gradients?: {b.requires_grad}")

# Transcribed from PyTorch's tutorials: "Learn the Basics", "Automatic Differentiation with
# torch.autograd" (autogradqs_tutorial.py),
# https://pytorch.org/tutorials/beginner/basics/autogradqs_tutorial.html
# (pytorch/tutorials beginner_source/basics/autogradqs_tutorial.py).
# Covers a one-layer network with torch.nn.functional.binary_cross_entropy_with_logits,
# backward() and .grad, torch.no_grad(), detach(), and Jacobian-vector products with
# backward(torch.ones_like(out), retain_graph=True), accumulation and grad.zero_().
#
# Deviations from the original:
# - torch.manual_seed(0) added after the import, so w and b agree.
# - Left out: the two prints of grad_fn,
#     print(f"Gradient function for z = {z.grad_fn}")
#     print(f"Gradient function for loss = {loss.grad_fn}")
#   PyTorch prints the autograd node's class and address (<AddBackward0 object at 0x...>), which
#   differs from run to run; torch_sffi's grad_fn says whether there is a node, not which
#   (README, Python), so these lines cannot print the same (a known gap).
"""
Automatic Differentiation with ``torch.autograd``
=================================================
"""

import torch

torch.manual_seed(0)

x = torch.ones(5)  # input tensor
y = torch.zeros(3)  # expected output
w = torch.randn(5, 3, requires_grad=True)
b = torch.randn(3, requires_grad=True)
z = torch.matmul(x, w)+b
loss = torch.nn.functional.binary_cross_entropy_with_logits(z, y)


######################################################################
# Computing Gradients
# -------------------

loss.backward()
print(w.grad)
print(b.grad)


######################################################################
# Disabling Gradient Tracking
# ---------------------------

z = torch.matmul(x, w)+b
print(z.requires_grad)

with torch.no_grad():
    z = torch.matmul(x, w)+b
print(z.requires_grad)


######################################################################
# Another way to achieve the same result is to use the ``detach()`` method
# on the tensor:

z = torch.matmul(x, w)+b
z_det = z.detach()
print(z_det.requires_grad)


######################################################################
# Optional Reading: Tensor Gradients and Jacobian Products
# --------------------------------------------------------

inp = torch.eye(4, 5, requires_grad=True)
out = (inp+1).pow(2).t()
out.backward(torch.ones_like(out), retain_graph=True)
print(f"First call\n{inp.grad}")
out.backward(torch.ones_like(out), retain_graph=True)
print(f"\nSecond call\n{inp.grad}")
inp.grad.zero_()
out.backward(torch.ones_like(out), retain_graph=True)
print(f"\nCall after zeroing gradients\n{inp.grad}")

# -*- coding: utf-8 -*-
# Transcribed from PyTorch's tutorials: "Learning PyTorch with Examples",
# "PyTorch: Tensors and autograd" (polynomial_autograd.py),
# https://pytorch.org/tutorials/beginner/examples_autograd/polynomial_autograd.html
# (pytorch/tutorials beginner_source/examples_autograd/polynomial_autograd.py, in the long-lived
# form with `device = torch.device("cpu")` and `a.grad = None`; later revisions pick the device
# with torch.accelerator and torch.set_default_device, which are CPU-only no-ops here).
#
# Deviations from the original:
# - torch.manual_seed(0) added before the weights are drawn, so both runs draw the same ones.
# - 500 iterations instead of 2000, to run fast (the print every 100 steps is kept).
"""
PyTorch: Tensors and autograd
-------------------------------

A third order polynomial, trained to predict y=sin(x) from -pi to pi by minimizing
squared Euclidean distance; the forward pass uses operations on tensors and autograd
computes the gradients.
"""
import torch
import math

dtype = torch.float
device = torch.device("cpu")
# device = torch.device("cuda:0")  # Uncomment this to run on GPU

torch.manual_seed(0)

# Create Tensors to hold input and outputs.
# By default, requires_grad=False, which indicates that we do not need to
# compute gradients with respect to these Tensors during the backward pass.
x = torch.linspace(-math.pi, math.pi, 2000, device=device, dtype=dtype)
y = torch.sin(x)

# Create random Tensors for weights. For a third order polynomial, we need
# 4 weights: y = a + b x + c x^2 + d x^3
# Setting requires_grad=True indicates that we want to compute gradients with
# respect to these Tensors during the backward pass.
a = torch.randn((), device=device, dtype=dtype, requires_grad=True)
b = torch.randn((), device=device, dtype=dtype, requires_grad=True)
c = torch.randn((), device=device, dtype=dtype, requires_grad=True)
d = torch.randn((), device=device, dtype=dtype, requires_grad=True)

learning_rate = 1e-6
for t in range(500):
    # Forward pass: compute predicted y using operations on Tensors.
    y_pred = a + b * x + c * x ** 2 + d * x ** 3

    # Compute and print loss using operations on Tensors.
    # Now loss is a Tensor of shape (1,)
    # loss.item() gets the scalar value held in the loss.
    loss = (y_pred - y).pow(2).sum()
    if t % 100 == 99:
        print(t, loss.item())

    # Use autograd to compute the backward pass. This call will compute the
    # gradient of loss with respect to all Tensors with requires_grad=True.
    # After this call a.grad, b.grad. c.grad and d.grad will be Tensors holding
    # the gradient of the loss with respect to a, b, c, d respectively.
    loss.backward()

    # Manually update weights using gradient descent. Wrap in torch.no_grad()
    # because weights have requires_grad=True, but we don't need to track this
    # in autograd.
    with torch.no_grad():
        a -= learning_rate * a.grad
        b -= learning_rate * b.grad
        c -= learning_rate * c.grad
        d -= learning_rate * d.grad

        # Manually zero the gradients after updating weights
        a.grad = None
        b.grad = None
        c.grad = None
        d.grad = None

print(f'Result: y = {a.item()} + {b.item()} x + {c.item()} x^2 + {d.item()} x^3')

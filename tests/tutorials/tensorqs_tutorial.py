# Transcribed from PyTorch's tutorials: "Learn the Basics", "Tensors" (tensorqs_tutorial.py),
# https://pytorch.org/tutorials/beginner/basics/tensorqs_tutorial.html
# (pytorch/tutorials beginner_source/basics/tensorqs_tutorial.py).
# Covers creation (from data, from another tensor, random and constant values), attributes,
# indexing and slicing, joining, arithmetic (matmul, element-wise product, out=), single-element
# tensors (item()) and in-place operations.
#
# Deviations from the original:
# - torch.manual_seed(0) added after the imports, so the random tensors agree.
# - Left out, NumPy interop (another change adds it): `import numpy as np`, the "From a NumPy
#   array" lines (np_array = np.array(data); x_np = torch.from_numpy(np_array)) and the whole
#   "Bridge with NumPy" section (t.numpy(), torch.from_numpy(n), np.add(n, 1, out=n)).
# Known gap, left out: `torch.matmul(tensor, tensor.T, out=y3)` and `torch.mul(tensor, tensor,
#   out=z3)`: torch_sffi takes no `out=` argument yet (a TypeError). The tutorial prints neither
#   y3 nor z3, so the output is the same; y3 and z3 are still made with rand_like.
# Known gap, left out: `print(f"Shape of tensor: {tensor.shape}")`: torch_sffi's shape is a plain
#   tuple and prints `(3, 4)`, where PyTorch's torch.Size prints `torch.Size([3, 4])`.
# Known difference, kept: `print(f"Datatype of tensor: {tensor.dtype}")` prints torch_sffi.float32
#   (a dtype names its own module, README, Python); the test compares this program's output with
#   `torch_sffi.` read as `torch.` (tests/test_tutorials.py, LIBRARY_NAME).
"""
Tensors
=======

Tensors are a specialized data structure that are very similar to arrays and matrices.
"""

import torch

torch.manual_seed(0)


######################################################################
# Initializing a Tensor
# ~~~~~~~~~~~~~~~~~~~~~
#
# **Directly from data**

data = [[1, 2],[3, 4]]
x_data = torch.tensor(data)

###############################################################
# **From another tensor:**
#
# The new tensor retains the properties (shape, datatype) of the argument tensor, unless explicitly overridden.

x_ones = torch.ones_like(x_data) # retains the properties of x_data
print(f"Ones Tensor: \n {x_ones} \n")

x_rand = torch.rand_like(x_data, dtype=torch.float) # overrides the datatype of x_data
print(f"Random Tensor: \n {x_rand} \n")


######################################################################
# **With random or constant values:**

shape = (2,3,)
rand_tensor = torch.rand(shape)
ones_tensor = torch.ones(shape)
zeros_tensor = torch.zeros(shape)

print(f"Random Tensor: \n {rand_tensor} \n")
print(f"Ones Tensor: \n {ones_tensor} \n")
print(f"Zeros Tensor: \n {zeros_tensor}")


######################################################################
# Attributes of a Tensor
# ~~~~~~~~~~~~~~~~~~~~~~

tensor = torch.rand(3,4)

print(f"Datatype of tensor: {tensor.dtype}")
print(f"Device tensor is stored on: {tensor.device}")


######################################################################
# Operations on Tensors
# ~~~~~~~~~~~~~~~~~~~~~

# We move our tensor to the GPU if available, and if the cuda version is supported
if torch.cuda.is_available() & (torch.device('cuda').index is not None):
    tensor = tensor.to('cuda')


###############################################################
# **Standard numpy-like indexing and slicing:**

tensor = torch.ones(4, 4)
print('First row: ', tensor[0])
print('First column: ', tensor[:, 0])
print('Last column:', tensor[..., -1])
tensor[:,1] = 0
print(tensor)

######################################################################
# **Joining tensors**
t1 = torch.cat([tensor, tensor, tensor], dim=1)
print(t1)


######################################################################
# **Arithmetic operations**

# This computes the matrix multiplication between two tensors. y1, y2, y3 will have the same value
y1 = tensor @ tensor.T
y2 = tensor.matmul(tensor.T)

y3 = torch.rand_like(tensor)


# This computes the element-wise product. z1, z2, z3 will have the same value
z1 = tensor * tensor
z2 = tensor.mul(tensor)

z3 = torch.rand_like(tensor)


######################################################################
# **Single-element tensors**

agg = tensor.sum()
agg_item = agg.item()
print(agg_item, type(agg_item))


######################################################################
# **In-place operations**
# Operations that store the result into the operand are called in-place. They are denoted by a ``_`` suffix.

print(tensor, "\n")
tensor.add_(5)
print(tensor)

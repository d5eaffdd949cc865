"""An MNIST-style training script written for PyTorch, run by torch_sffi with only its imports
changed.

The body below the imports is plain PyTorch: an nn.Module subclass (two convolutions, max
pooling, dropout, two linear layers), nn.CrossEntropyLoss, optim.SGD with momentum, train() and
eval(), torch.no_grad(), and a checkpoint saved with torch.save(model.state_dict()) and loaded
into a fresh model with load_state_dict. The data are synthetic 28x28 "digits" (the class is
the brightest of ten image regions), so the script needs no download.

From the repository, after `make`:

    .venv/bin/python examples/mnist_modules.py            # through torch_sffi
    .venv/bin/python examples/mnist_modules.py --torch    # the same script through PyTorch

Both print the same lines, losses included (tests/test_nn_modules.py compares them): one
libtorch runs both, torch_sffi.nn initialises the layers with PyTorch's calls under the same
seed, and torch_sffi.optim.SGD updates as torch.optim.SGD does.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile

if "--torch" in sys.argv:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    import torch.optim as optim
else:
    import torch_sffi as torch  # type: ignore[no-redef]
    import torch_sffi.nn as nn  # type: ignore[no-redef]
    import torch_sffi.nn.functional as F  # type: ignore[no-redef]
    import torch_sffi.optim as optim  # type: ignore[no-redef]

# ------------------------------------------------------------------ from here on, PyTorch's code


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 8, 3, 1)
        self.conv2 = nn.Conv2d(8, 16, 3, 1)
        self.dropout1 = nn.Dropout(0.25)
        self.dropout2 = nn.Dropout(0.5)
        self.fc1 = nn.Linear(16 * 12 * 12, 64)
        self.fc2 = nn.Linear(64, 10)

    def forward(self, x):
        x = self.conv1(x)
        x = F.relu(x)
        x = self.conv2(x)
        x = F.relu(x)
        x = F.max_pool2d(x, 2)
        x = self.dropout1(x)
        x = torch.flatten(x, 1)
        x = self.fc1(x)
        x = F.relu(x)
        x = self.dropout2(x)
        return self.fc2(x)


def synthetic_digits(n):
    """n noisy 28x28 images; the label is the region (of ten) that is brightest."""
    images = torch.randn(n, 1, 28, 28) * 0.5
    labels = torch.randint(0, 10, (n,))
    regions = F.one_hot(labels, 10).float().reshape(n, 1, 10, 1).repeat(1, 1, 1, 28)
    images[:, :, 9:19, :] += 2.0 * regions
    return images, labels


def train(model, data, target, optimizer, criterion, epoch, batch_size):
    model.train()
    for i, start in enumerate(range(0, data.shape[0], batch_size)):
        x, y = data[start : start + batch_size], target[start : start + batch_size]
        optimizer.zero_grad()
        output = model(x)
        loss = criterion(output, y)
        loss.backward()
        optimizer.step()
        print(f"epoch {epoch} batch {i} loss {loss.item():.10f}")


def test(model, data, target, criterion):
    model.eval()
    with torch.no_grad():
        output = model(data)
        loss = criterion(output, target).item()
        correct = output.argmax(dim=1).eq(target).sum().item()
    return loss, correct


def main(epochs, batch_size):
    torch.manual_seed(1)
    train_x, train_y = synthetic_digits(256)
    test_x, test_y = synthetic_digits(128)
    model = Net()
    criterion = nn.CrossEntropyLoss()
    optimizer = optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    for epoch in range(1, epochs + 1):
        train(model, train_x, train_y, optimizer, criterion, epoch, batch_size)
        loss, correct = test(model, test_x, test_y, criterion)
        print(f"epoch {epoch} test loss {loss:.10f} accuracy {correct}/{test_x.shape[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "mnist_cnn.pt")
        torch.save(model.state_dict(), path)
        restored = Net()
        print(restored.load_state_dict(torch.load(path)))
        loss, correct = test(restored, test_x, test_y, criterion)
        print(f"restored test loss {loss:.10f} accuracy {correct}/{test_x.shape[0]}")
    print(model)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--torch", action="store_true", help="run through PyTorch instead of torch_sffi")
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()
    main(args.epochs, args.batch_size)

# copied from runtime/python/torch_sffi/amp.py by sffi-gen; edit that file, not this copy
"""Mixed precision: torch_sffi.autocast (also torch_sffi.amp.autocast), as torch.autocast, and
torch_sffi.amp.GradScaler, as torch.amp.GradScaler.

Inside an autocast region the operations PyTorch's autocast lists run in a lower-precision
dtype (bfloat16 on the CPU by default): `with torch_sffi.autocast("cpu"): y = x @ w` gives the
same bfloat16 result as PyTorch. The region is the bridge's rt_torch_autocast_begin /
rt_torch_autocast_end pair (libtorch's own autocast state, per thread, nested as
torch.autocast nests); both run in C (torch_sffi._core.Region), so an exception raised by a
signal handler cannot leave a region open.

GradScaler keeps its scale and its count of clean steps as one-element tensors and updates them
with the two ATen functions torch.amp.GradScaler uses (the bridge's
rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_ and
rt_torch_torchtensor_amp_update_scale_), so that the scales, the skipped steps and the
parameters follow PyTorch's bit for bit.

Real code: type-checked with mypy --strict; sffi-gen copies it into the generated package.
"""

from __future__ import annotations

import enum
import functools
from typing import Any, Callable, Iterable, TypeVar

from . import _core as _c
from ._types import DType

_F = TypeVar("_F", bound=Callable[..., Any])

__all__ = ["GradScaler", "autocast", "is_autocast_available"]


def is_autocast_available(device_type: str) -> bool:
    """Whether autocast can be used for a device kind (torch.amp.is_autocast_available): the CPU,
    and CUDA (which, on a machine without it, warns and stays off when a region begins)."""
    return device_type in ("cpu", "cuda")


class autocast(_c.Region):
    """An autocast region: `with autocast("cpu", dtype=torch_sffi.bfloat16):`, or a decorator.

    device_type: "cpu" or "cuda"; dtype: the dtype eligible operations run in (None: the
    device's current autocast dtype, bfloat16 on the CPU); enabled: False makes a region with
    autocast off; cache_enabled: cache the casts of leaf weights (None: keep the setting).
    A dtype the CPU cannot autocast to warns and disables the region, as PyTorch does.
    """

    def __init__(self, device_type: str, dtype: DType | None = None, enabled: bool = True, cache_enabled: bool | None = None) -> None:
        if not isinstance(device_type, str):
            raise ValueError(f"Expected `device_type` of type `str`, got: `{type(device_type)}`")
        if not is_autocast_available(device_type):
            raise RuntimeError(f"User specified an unsupported autocast device_type '{device_type}'")
        self.device = device_type
        self.fast_dtype = dtype if dtype is not None else _c.rt_torch_get_autocast_dtype(device_type)
        self._enabled = bool(enabled)
        self._cache_enabled = cache_enabled
        # A bool? crosses the C ABI as its value and whether it is present.
        begin = functools.partial(_c.rt_torch_autocast_begin, device_type, self.fast_dtype, self._enabled, bool(cache_enabled), cache_enabled is not None)
        self._region = (begin, _c.rt_torch_autocast_end)

    def __call__(self, fn: _F) -> _F:
        @functools.wraps(fn)
        def autocast_fn(*args: Any, **kwargs: Any) -> Any:
            with autocast(self.device, self.fast_dtype, self._enabled, self._cache_enabled):
                return fn(*args, **kwargs)

        return autocast_fn  # type: ignore[return-value]


class _Stage(enum.Enum):
    READY = 0
    UNSCALED = 1
    STEPPED = 2


def _fresh_state() -> dict[str, Any]:
    return {"stage": _Stage.READY, "found_inf_per_device": {}}


class GradScaler:
    """Loss scaling for mixed-precision training, as torch.amp.GradScaler: scale(loss) before
    backward, then step(optimizer) (which unscales the gradients and skips the step when one
    holds an inf or a NaN) and update() (which backs the scale off after a skipped step and grows
    it after growth_interval clean steps)."""

    def __init__(
        self,
        device: str = "cuda",
        init_scale: float = 2.0**16,
        growth_factor: float = 2.0,
        backoff_factor: float = 0.5,
        growth_interval: int = 2000,
        enabled: bool = True,
    ) -> None:
        self._device = device
        self._enabled = enabled
        if self._enabled:
            if growth_factor <= 1.0:
                raise AssertionError("The growth factor must be > 1.0.")
            if backoff_factor >= 1.0:
                raise AssertionError("The backoff factor must be < 1.0.")
            self._init_scale = init_scale
            self._scale: Any = None
            self._growth_factor = growth_factor
            self._backoff_factor = backoff_factor
            self._growth_interval = growth_interval
            self._init_growth_tracker = 0
            self._growth_tracker: Any = None
            self._per_optimizer_states: dict[int, dict[str, Any]] = {}

    def _state(self, optimizer: Any) -> dict[str, Any]:
        return self._per_optimizer_states.setdefault(id(optimizer), _fresh_state())

    def _check_scale_growth_tracker(self, funcname: str) -> tuple[Any, Any]:
        fix = "This may indicate your script did not use scaler.scale(loss or outputs) earlier in the iteration."
        if self._scale is None:
            raise AssertionError(f"Attempted {funcname} but _scale is None.  " + fix)
        if self._growth_tracker is None:
            raise AssertionError(f"Attempted {funcname} but _growth_tracker is None.  " + fix)
        return self._scale, self._growth_tracker

    def _lazy_init_scale_growth_tracker(self) -> None:
        from . import float32, full, int32

        self._scale = _c.unscoped(full((), self._init_scale, dtype=float32))
        self._growth_tracker = _c.unscoped(full((), self._init_growth_tracker, dtype=int32))

    def scale(self, outputs: Any) -> Any:
        """Multiplies a tensor (or the tensors of a list, tuple or other iterable) by the scale."""
        if not self._enabled:
            return outputs
        if isinstance(outputs, _c.TensorBase):
            if self._scale is None:
                self._lazy_init_scale_growth_tracker()
            return outputs * self._scale

        def apply_scale(val: Any) -> Any:
            if isinstance(val, _c.TensorBase):
                if self._scale is None:
                    self._lazy_init_scale_growth_tracker()
                return val * self._scale
            if isinstance(val, Iterable):
                iterable = map(apply_scale, val)
                if isinstance(val, (list, tuple)):
                    return type(val)(iterable)
                return iterable
            raise ValueError("outputs must be a Tensor or an iterable of Tensors")

        return apply_scale(outputs)

    def _unscale_grads_(self, optimizer: Any, inv_scale: Any, found_inf: Any, allow_fp16: bool) -> dict[str, Any]:
        from . import float16

        grads = []
        for group in optimizer.param_groups:
            for param in group["params"]:
                if param.grad is None:
                    continue
                if (not allow_fp16) and param.grad.dtype == float16:
                    raise ValueError("Attempting to unscale FP16 gradients.")
                grads.append(param.grad)
        by_dtype: dict[Any, list[Any]] = {}
        for g in grads:
            by_dtype.setdefault(g.dtype, []).append(g)
        for group_grads in by_dtype.values():
            _c.rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_(found_inf, group_grads, inv_scale)
        return {"cpu": found_inf}

    def unscale_(self, optimizer: Any) -> None:
        """Divides the optimizer's gradients by the scale (in place), once per step."""
        if not self._enabled:
            return
        self._check_scale_growth_tracker("unscale_")
        state = self._state(optimizer)
        if state["stage"] is _Stage.UNSCALED:
            raise RuntimeError("unscale_() has already been called on this optimizer since the last update().")
        if state["stage"] is _Stage.STEPPED:
            raise RuntimeError("unscale_() is being called after step().")
        from . import float32, full

        inv_scale = self._scale.double().reciprocal().float()
        found_inf = full((), 0.0, dtype=float32)
        state["found_inf_per_device"] = self._unscale_grads_(optimizer, inv_scale, found_inf, False)
        state["stage"] = _Stage.UNSCALED

    def step(self, optimizer: Any, *args: Any, **kwargs: Any) -> Any:
        """Unscales the gradients (unless unscale_ did) and steps the optimizer unless a gradient
        holds an inf or a NaN; returns what optimizer.step returned (None when skipped)."""
        if not self._enabled:
            return optimizer.step(*args, **kwargs)
        if "closure" in kwargs:
            raise RuntimeError("Closure use is not currently supported if GradScaler is enabled.")
        self._check_scale_growth_tracker("step")
        state = self._state(optimizer)
        if state["stage"] is _Stage.STEPPED:
            raise RuntimeError("step() has already been called since the last update().")
        if state["stage"] is _Stage.READY:
            self.unscale_(optimizer)
        if len(state["found_inf_per_device"]) == 0:
            raise AssertionError("No inf checks were recorded for this optimizer.")
        retval = None
        if not sum(v.item() for v in state["found_inf_per_device"].values()):
            retval = optimizer.step(*args, **kwargs)
        state["stage"] = _Stage.STEPPED
        return retval

    def update(self, new_scale: Any = None) -> None:
        """Updates the scale for the next iteration (or sets it to new_scale)."""
        if not self._enabled:
            return
        _scale, _growth_tracker = self._check_scale_growth_tracker("update")
        if new_scale is not None:
            if isinstance(new_scale, float):
                self._scale.fill_(new_scale)
            else:
                from . import float32

                reason = "new_scale should be a float or a 1-element torch.FloatTensor or torch.cuda.FloatTensor with requires_grad=False."
                if new_scale.device.type != self._device:
                    raise AssertionError(reason)
                if new_scale.numel() != 1:
                    raise AssertionError(reason)
                if new_scale.requires_grad is not False:
                    raise AssertionError(reason)
                if new_scale.dtype != float32:
                    raise AssertionError(reason)
                self._scale.copy_(new_scale)
        else:
            found_infs = [found_inf for state in self._per_optimizer_states.values() for found_inf in state["found_inf_per_device"].values()]
            if len(found_infs) == 0:
                raise AssertionError("No inf checks were recorded prior to update.")
            found_inf_combined = found_infs[0]
            if len(found_infs) > 1:
                found_inf_combined = found_inf_combined.clone()
                for i in range(1, len(found_infs)):
                    found_inf_combined += found_infs[i]
            _c.rt_torch_torchtensor_amp_update_scale_(
                _scale, _growth_tracker, found_inf_combined, self._growth_factor, self._backoff_factor, self._growth_interval
            )
        self._per_optimizer_states = {}

    def _get_scale_async(self) -> Any:
        return self._scale

    def get_scale(self) -> float:
        """The current scale as a float (1.0 when disabled)."""
        if self._enabled:
            return self._init_scale if self._scale is None else float(self._scale.item())
        return 1.0

    def get_growth_factor(self) -> float:
        return self._growth_factor

    def set_growth_factor(self, new_factor: float) -> None:
        self._growth_factor = new_factor

    def get_backoff_factor(self) -> float:
        return self._backoff_factor

    def set_backoff_factor(self, new_factor: float) -> None:
        self._backoff_factor = new_factor

    def get_growth_interval(self) -> int:
        return self._growth_interval

    def set_growth_interval(self, new_interval: int) -> None:
        self._growth_interval = new_interval

    def _get_growth_tracker(self) -> int:
        if self._enabled:
            return self._init_growth_tracker if self._growth_tracker is None else int(self._growth_tracker.item())
        return 0

    def is_enabled(self) -> bool:
        return self._enabled

    def state_dict(self) -> dict[str, Any]:
        """scale, growth_factor, backoff_factor, growth_interval and _growth_tracker ({} when disabled)."""
        if self._enabled:
            return {
                "scale": self.get_scale(),
                "growth_factor": self._growth_factor,
                "backoff_factor": self._backoff_factor,
                "growth_interval": self._growth_interval,
                "_growth_tracker": self._get_growth_tracker(),
            }
        return {}

    def load_state_dict(self, state_dict: dict[str, Any]) -> None:
        """Loads what state_dict() returned."""
        if not self._enabled:
            return
        if len(state_dict) == 0:
            raise RuntimeError("The source state dict is empty, possibly because it was saved from a disabled instance of GradScaler.")
        self._init_scale = float(state_dict["scale"])
        if self._scale is not None:
            self._scale.fill_(state_dict["scale"])
        self._growth_factor = float(state_dict["growth_factor"])
        self._backoff_factor = float(state_dict["backoff_factor"])
        self._growth_interval = int(state_dict["growth_interval"])
        self._init_growth_tracker = int(state_dict["_growth_tracker"])
        if self._growth_tracker is not None:
            self._growth_tracker.fill_(state_dict["_growth_tracker"])

"""The trainer's view of common errors across agents."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from .auth import User
from .deps import render, require, web
from .insights import trainer_view

router = APIRouter()


@router.get("/trainer")
def trainer(request: Request, user: User = Depends(require("trainer", "specialist", "admin"))):
    w = web(request)
    # A few grouped queries plus the trend over the whole store: computed once per store change.
    total, kinds, weakness = w.derived.get(
        "insights", lambda: trainer_view(w.store, w.derived.call_table(w.config), w.config))
    return render(request, "trainer.html", total=total, kinds=kinds, weakness=weakness)

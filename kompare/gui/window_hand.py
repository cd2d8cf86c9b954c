"""The window's commands on links made by hand: link, unlink, forget, undo and redo."""

from __future__ import annotations

from kompare.core.model import Side
from kompare.gui.hand_links import End, end_at, near_pair
from kompare.gui.marks import Item


class HandLinkCommands:
    """Compare ▸ Link… and Edit ▸ Undo/Redo of links made by hand, mixed into
    :class:`~kompare.gui.main_window.MainWindow`.

    Uses the window's ``session`` (through ``hand``, ``marks``, ``comparison``, ``docs``),
    its selection (``selected_key``, ``clicked_at``, ``active_side``, ``near_target``),
    ``actions``, ``hand_store``, ``info`` and ``start_compare``.
    """

    def _selected(self) -> Item | None:
        return self.marks.items[self.selected_key] if self.selected_key is not None and self.marks is not None else None

    def _selected_end(self) -> End | None:
        """The selected passage as one end of a hand-made link: on the side last clicked (or active)."""
        item = self._selected()
        if item is None:
            return None
        side, at = self.clicked_at if self.clicked_at is not None else (self.active_side, None)
        if item.range(side) is None:
            side, at = side.other, None
        return end_at(self.comparison, item, side, at)

    def _update_hand_actions(self) -> None:
        a, item = self.actions, self._selected()
        busy = self.compare_job is not None
        a.link_near.setEnabled(not busy and item is not None and self.near_target is not None)
        a.start_link.setEnabled(not busy and item is not None)
        end = self._selected_end() if item is not None else None
        a.finish_link.setEnabled(not busy and end is not None and self.hand.can_finish(end[0]))
        a.remove_link.setEnabled(not busy and item is not None and item.link is not None)
        a.forget_links.setEnabled(not busy and bool(self.hand.reader) and all(self.docs.values()))
        for act, word, what in ((a.undo, "&Undo", self.hand.undo_text), (a.redo, "&Redo", self.hand.redo_text)):
            act.setEnabled(not busy and what is not None and all(self.docs.values()))
            act.setText(f"{word} {what}" if what else word)

    def _compare_by_hand(self, message: str, at: tuple[Side, int] | None) -> None:
        error = self.hand_store.save(self.docs[Side.A].text, self.docs[Side.B].text, self.hand.reader)
        if error:
            self.info.show_message(error)
        self._select_after = at
        self.start_compare()
        self._update_hand_actions()
        self.statusBar().showMessage(message, 8000)

    def link_near(self) -> None:
        """Link the selected unique passage with its closest passage, by hand."""
        item = self._selected()
        if item is None or self.near_target is None:
            return
        side, sid, _ = self.near_target
        pair = near_pair(self.comparison, item, side, sid)
        if pair is None:
            return
        own = side.other
        start = self.comparison.doc(own).sentences[pair[0] if own is Side.A else pair[1]].start
        self.hand.link({pair}, where=(own, start))
        self._compare_by_hand("Linked by hand with the closest passage; comparing again…", (own, start))

    def start_link(self) -> None:
        """Choose the selected passage as one end of a link made by hand."""
        end = self._selected_end()
        if end is None:
            return
        self.hand.start(end)
        self._update_hand_actions()
        other = end[0].other.value.upper()
        self.statusBar().showMessage(f"Now choose the passage of {other} to link with it, and Link Here "
                                     f"(right-click it, or Compare ▸ Link Here).", 15000)

    def finish_link(self) -> None:
        """Link the selected passage with the one chosen by Start Link Here."""
        end = self._selected_end()
        if end is None or not self.hand.can_finish(end[0]):
            return
        start = self.comparison.doc(end[0]).sentences[end[1][0]].start
        self.hand.finish(end, where=(end[0], start))
        self._compare_by_hand("Linked by hand; comparing again…", (end[0], start))

    def remove_link(self) -> None:
        """Remove the selected link: it is not made again for these documents."""
        item = self._selected()
        if item is None or item.link is None:
            return
        side = self.clicked_at[0] if self.clicked_at is not None else self.active_side
        start = self.comparison.doc(side).sentences[item.link.sentences(side)[0]].start
        self.hand.unlink(item.link.a, item.link.b, where=(side, start))
        self._compare_by_hand("Link removed by hand; comparing again…", (side, start))

    def forget_links(self) -> None:
        """Undo every link made or removed by hand for the documents on screen."""
        if not self.hand.reader:
            return
        self.hand.forget_all()
        self._compare_by_hand("Links made by hand forgotten (Edit ▸ Undo brings them back); comparing again…", None)

    def undo_hand(self) -> None:
        """Take back the latest link made or removed by hand."""
        step = self.hand.undo()
        if step is not None:
            self._compare_by_hand(f"Undone: {step[0]}; comparing again…", step[1])

    def redo_hand(self) -> None:
        """Make again the link decision last taken back."""
        step = self.hand.redo()
        if step is not None:
            self._compare_by_hand(f"Redone: {step[0]}; comparing again…", step[1])

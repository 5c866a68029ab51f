// Call page: clicking a finding (or a transcript line, or the waveform) seeks the player;
// a link to /calls/ID#t=SECONDS opens the call at that second. Served as a file: the CSP
// allows no inline script.
"use strict";

// A button or form with data-confirm asks first (rejecting a finding, dismissing an appeal,
// ending a calibration session): the two 驳回 once looked alike and did opposite things.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("button[data-confirm]").forEach((button) => {
    button.addEventListener("click", (event) => {
      if (!window.confirm(button.dataset.confirm)) event.preventDefault();
    });
  });
  document.querySelectorAll("form[data-confirm]").forEach((form) => {
    form.addEventListener("submit", (event) => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  });
});

document.addEventListener("DOMContentLoaded", () => {
  const audio = document.getElementById("player");
  if (!audio) return;

  function seek(seconds, play = true) {
    // Before the metadata is in, this sets the player's default playback start position,
    // which it applies itself as the metadata arrives, before it plays a sample. (A seek asked
    // for from a loadedmetadata handler instead raced the playback's start: on a loaded CI
    // machine the player once read 0 s after it.)
    // The page fetches no audio before it is wanted (preload="none": a fetch of the
    // recording is an audit-logged listen): a click to seek wants it now (▶), a #t= link
    // waits for ▶.
    audio.currentTime = seconds;
    if (play) audio.play().catch(() => {});  // autoplay may be refused: the seek stands
  }

  document.querySelectorAll("[data-seek]").forEach((el) => {
    el.addEventListener("click", (event) => {
      event.preventDefault();
      seek(parseFloat(el.dataset.seek));
    });
  });

  const wave = document.getElementById("waveform");
  if (wave) {
    wave.addEventListener("click", (event) => {
      const box = wave.getBoundingClientRect();
      const duration = audio.duration || parseFloat(wave.dataset.duration) || 0;
      seek(((event.clientX - box.left) / box.width) * duration);
    });
  }

  const fromHash = () => {
    const match = location.hash.match(/^#t=(\d+(?:\.\d+)?)$/);
    if (match) seek(parseFloat(match[1]), false);
  };
  window.addEventListener("hashchange", fromHash);
  fromHash();

  // Follow the playback in the transcript.
  const lines = Array.from(document.querySelectorAll(".utt[data-start]"));
  audio.addEventListener("timeupdate", () => {
    const t = audio.currentTime;
    lines.forEach((line) => {
      line.classList.toggle("playing", t >= parseFloat(line.dataset.start) && t < parseFloat(line.dataset.end));
    });
  });
});

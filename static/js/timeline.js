// Newsline timeline: a lesson's events drawn so that no label overlaps another or leaves the figure,
// at any number of events and any width. Wide figures: a horizontal axis in story order (equal steps,
// long gaps marked "8 years later"), labels packed above and below it from their measured sizes, with
// leader lines that never cross a label. Narrow figures (< 600 px): a vertical list, one event a row.
// Mounted on every element with data-timeline-source="<id of a JSON <script>>"; the page listens for
// the "timeline:choose" event (detail: the event) and may call element.newslineTimeline.select(id).
(function () {
  "use strict";

  var VERTICAL_BELOW = 600;   // figure width (px) under which time runs down the page
  var EDGE = 10;              // room at the figure's sides for the first and last marker
  var LEADER = 12;            // shortest leader line: label to axis
  var GAP_X = 6, GAP_Y = 4;   // the least space between two labels
  var FLAG = 1;               // a label's 2 px edge bar sits on its leader line, centred
  var BREAK_UNITS = 1.6;      // a marked gap takes this many event steps on the axis
  var SVG = "http://www.w3.org/2000/svg";

  // ------------------------------------------------------------------------------ time and words

  function dayNumber(iso) {
    var p = iso.split("-");
    return Date.UTC(+p[0], +p[1] - 1, +p[2]) / 864e5;
  }

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  function gapText(days) {
    if (days >= 548) return plural(Math.round(days / 365.25), "year") + " later";
    if (days >= 330) return "1 year later";
    if (days >= 45) return plural(Math.round(days / 30.44), "month") + " later";
    if (days >= 14) return plural(Math.round(days / 7), "week") + " later";
    return plural(days, "day") + " later";
  }

  // Same-day (same written date) events share one marker that lists them all.
  function groupEvents(events) {
    var groups = [];
    events.forEach(function (ev) {
      var last = groups[groups.length - 1];
      if (last && last.when === ev.when && last.date === ev.date) last.events.push(ev);
      else groups.push({ when: ev.when, date: ev.date, day: dayNumber(ev.date), events: [ev], gap: null });
    });
    // A gap is marked when it is long: a year or more, or a month or more and four times the usual step.
    var steps = [];
    for (var i = 1; i < groups.length; i++) steps.push(groups[i].day - groups[i - 1].day);
    var sorted = steps.slice().sort(function (a, b) { return a - b; });
    var median = sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : 0;
    for (var k = 1; k < groups.length; k++) {
      var d = groups[k].day - groups[k - 1].day;
      if (d >= 365 || (d >= 30 && d >= 4 * Math.max(median, 1))) groups[k].gap = gapText(d);
    }
    return groups;
  }

  // ---------------------------------------------------------------------------------- DOM pieces

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function svgEl(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  function buildItems(groups, vertical) {
    var list = el("ol", "tl-items");
    groups.forEach(function (group, g) {
      var li = el("li", "tl-item" + (group.events.length > 1 ? " tl-group" : ""));
      li.dataset.group = g;
      if (vertical && group.gap) li.appendChild(el("span", "tl-gap", "… " + group.gap + " …")).setAttribute("aria-hidden", "true");
      li.appendChild(el("span", "tl-when", group.when)).setAttribute("aria-hidden", "true");
      group.events.forEach(function (ev) {
        var button = el("button", "tl-event");
        button.type = "button";
        button.dataset.id = ev.id;
        // Read in full by screen readers (and shown in full on hover or focus) even when cut short.
        var spoken = (group.gap ? group.gap + ", " : "") + group.when + ": ";
        button.appendChild(el("span", "visually-hidden", spoken));
        button.appendChild(el("span", "tl-label", ev.label));
        if (ev.future) button.appendChild(el("span", "tl-planned", " (planned)"));
        li.appendChild(button);
      });
      list.appendChild(li);
    });
    return list;
  }

  // ------------------------------------------------------------------------------ label placement

  // Lowest place on one side of the axis where a box of size w x h for a marker at x fits: no overlap
  // with placed boxes, and (strict) no leader line through any box. Tries a label starting at its
  // marker, then one ending at it. Returns {left, y} or null.
  function fitOnSide(placed, x, w, h, width, strict) {
    var ys = [0];
    placed.forEach(function (a) { ys.push(a.y + a.h + GAP_Y); });
    ys.sort(function (a, b) { return a - b; });
    var lefts = [Math.max(0, Math.min(x - FLAG, width - w)), Math.max(0, Math.min(x + FLAG - w, width - w))];
    if (x - FLAG + w > width) lefts.reverse();   // near the right edge a label ends at its marker
    for (var i = 0; i < ys.length; i++) {
      if (i && ys[i] === ys[i - 1]) continue;
      for (var j = 0; j < lefts.length; j++) {
        if (fits(placed, { x: x, left: lefts[j], right: lefts[j] + w, y: ys[i], h: h, leader: true }, strict)) {
          return { left: lefts[j], y: ys[i] };
        }
      }
    }
    return null;
  }

  function fits(placed, c, strict) {
    for (var i = 0; i < placed.length; i++) {
      var a = placed[i];
      var overlapX = c.left < a.right + GAP_X && a.left < c.right + GAP_X;
      var overlapY = c.y < a.y + a.h + GAP_Y && a.y < c.y + c.h + GAP_Y;
      if (overlapX && overlapY) return false;
      if (!strict) continue;
      if (a.leader && a.x >= c.left - 2 && a.x <= c.right + 2 && a.y > c.y) return false;   // a's line through c
      if (c.x >= a.left - 2 && c.x <= a.right + 2 && c.y > a.y) return false;              // c's line through a
    }
    return true;
  }

  // ------------------------------------------------------------------------------------ the figure

  function Timeline(root, events) {
    this.root = root;
    this.events = events;
    this.groups = groupEvents(events);
    this.buttons = [];
    this.current = 0;
    this.selectedId = null;
    this.width = 0;
    this.tabbable = root.getAttribute("data-timeline-tabbable") !== "false";
    this.lastPointer = "mouse";
    root.classList.add("tl");
    this.describe();
    this.bind();
    this.render();
    var self = this;
    if (window.ResizeObserver) {
      new ResizeObserver(function () {
        var w = Math.floor(root.clientWidth);
        if (w !== self.width) window.requestAnimationFrame(function () { self.render(); });
      }).observe(root);
    }
  }

  Timeline.prototype.describe = function () {
    var n = this.events.length, groups = this.groups;
    if (!n) return;
    var text = "Timeline of " + plural(n, "event");
    if (groups.length > 1) text += ", from " + groups[0].when + " to " + groups[groups.length - 1].when;
    else text += ", " + groups[0].when;
    var busiest = groups.reduce(function (best, g) { return g.events.length > best.events.length ? g : best; }, groups[0]);
    if (busiest.events.length > 1) text += "; the busiest date is " + busiest.when + " with " + plural(busiest.events.length, "event");
    var gaps = groups.filter(function (g) { return g.gap; }).length;
    if (gaps) text += "; " + plural(gaps, "long gap") + " in time marked";
    text += ". " + (this.tabbable ? "Use the arrow keys to move between events in date order; " +
      "Enter shows the event's sentence." : "The list of events follows.");
    this.root.setAttribute("role", "figure");
    this.root.setAttribute("aria-label", text);
  };

  Timeline.prototype.render = function () {
    var root = this.root;
    var width = Math.floor(root.clientWidth);
    this.width = width;
    var focusedId = document.activeElement && root.contains(document.activeElement) ?
      document.activeElement.dataset.id : null;
    root.textContent = "";
    if (!width || !this.events.length) return;
    var vertical = width < VERTICAL_BELOW;
    root.classList.toggle("tl-vertical", vertical);
    root.classList.toggle("tl-horizontal", !vertical);
    root.style.height = "";
    var list = buildItems(this.groups, vertical);
    root.appendChild(list);
    this.items = Array.prototype.slice.call(list.children);
    this.buttons = Array.prototype.slice.call(list.querySelectorAll(".tl-event"));
    if (!vertical) this.layoutHorizontal(list, width);
    this.card = root.appendChild(el("div", "tl-card"));
    this.card.setAttribute("aria-hidden", "true");
    this.card.hidden = true;
    this.setTabStops();
    if (this.selectedId !== null) this.mark(this.selectedId);
    root.classList.add("is-drawn");
    if (focusedId) {
      var again = this.buttonFor(focusedId);
      if (again) again.focus({ preventScroll: true });
    }
  };

  Timeline.prototype.layoutHorizontal = function (list, width) {
    var groups = this.groups, items = this.items, m = groups.length;
    // Narrower labels when the axis is crowded: more of them fit side by side (full text on hover).
    var maxLabel = Math.round(Math.max(120, Math.min(width * 0.4, m > 40 ? 170 : m > 16 ? 210 : 260)));
    items.forEach(function (li) { li.style.maxWidth = maxLabel + "px"; });
    // Story order on the axis: equal steps, a marked gap a little longer.
    var units = 0, at = [];
    groups.forEach(function (g, k) { if (k) units += g.gap ? BREAK_UNITS : 1; at.push(units); });
    var span = width - 2 * EDGE;
    var xs = at.map(function (u) { return m === 1 ? width / 2 : EDGE + (units ? u / units : 0.5) * span; });
    // Measure every label once (one layout pass), then place them right to left.
    var sizes = items.map(function (li) {
      var r = li.getBoundingClientRect();   // fractional pixels: rounding down would cut the last letter
      return { w: Math.ceil(r.width) + 1, h: Math.ceil(r.height) };
    });
    sizes.forEach(function (size, k) { size.w = Math.min(size.w, width); });
    items.forEach(function (li, k) { li.style.width = sizes[k].w + "px"; });   // the widths they will have
    this.buttons.forEach(function (b) { if (b.scrollWidth > b.clientWidth + 1) b.dataset.truncated = "true"; });
    // Gap notes sit under the axis, centred on their gap; they are placed first, as fixed boxes.
    var sides = { above: [], below: [] };
    var notesLayer = el("div", "tl-gaps");
    notesLayer.setAttribute("aria-hidden", "true");
    var notes = [];
    groups.forEach(function (g, k) {
      if (!g.gap) return;
      var note = notesLayer.appendChild(el("span", "tl-gap", g.gap));
      notes.push({ node: note, x: (xs[k - 1] + xs[k]) / 2 });
    });
    this.root.appendChild(notesLayer);
    notes.forEach(function (n) {
      // Centred on its gap, in the first row under the axis where it overlaps nothing.
      var w = Math.min(Math.ceil(n.node.offsetWidth), width), h = Math.ceil(n.node.offsetHeight);
      var left = Math.max(0, Math.min(n.x - w / 2, width - w)), y = 0;
      while (!fits(sides.below, { x: n.x, left: left, right: left + w, y: y, h: h, leader: false }, false)) y += h + GAP_Y;
      n.box = { x: n.x, left: left, right: left + w, y: y, h: h, leader: false };
      sides.below.push(n.box);
    });
    var boxes = new Array(m);
    for (var k = m - 1; k >= 0; k--) {
      // Alternate sides (a zigzag that reads left to right); the other side only if this one is blocked.
      var w = Math.min(sizes[k].w, width), h = sizes[k].h, best = null;
      var order = k % 2 ? ["below", "above"] : ["above", "below"];
      [true, false].forEach(function (strict) {
        order.forEach(function (side) {
          if (best) return;
          var spot = fitOnSide(sides[side], xs[k], w, h, width, strict);
          if (spot) best = { side: side, left: spot.left, y: spot.y };
        });
      });
      var box = { x: xs[k], left: best.left, right: best.left + w, y: best.y, h: h, leader: true, side: best.side };
      sides[best.side].push(box);
      boxes[k] = box;
    }
    var top = 0, bottom = 0;
    sides.above.forEach(function (b) { top = Math.max(top, b.y + b.h); });
    sides.below.forEach(function (b) { bottom = Math.max(bottom, b.y + b.h); });
    var axisY = top + LEADER + 4, height = axisY + LEADER + bottom + 4;
    this.root.style.height = height + "px";
    boxes.forEach(function (b, i) {
      var li = items[i];
      li.style.left = b.left + "px";
      li.style.width = (b.right - b.left) + "px";
      li.style.top = (b.side === "above" ? axisY - LEADER - b.y - b.h : axisY + LEADER + b.y) + "px";
      li.classList.add(b.side === "above" ? "tl-above" : "tl-below");
      // The edge bar goes on the side the leader line meets (a label may end at its marker).
      if (b.x - b.left > b.right - b.x) li.classList.add("tl-end");
    });
    notes.forEach(function (n) {
      n.node.style.left = n.box.left + "px";
      n.node.style.top = (axisY + LEADER + n.box.y) + "px";
    });
    this.drawLines(width, height, axisY, xs, boxes, groups);
  };

  Timeline.prototype.drawLines = function (width, height, axisY, xs, boxes, groups) {
    var svg = svgEl("svg", { "class": "tl-lines", width: width, height: height, "aria-hidden": "true", focusable: "false" });
    // The axis, broken where a long gap is marked.
    var from = 0;
    for (var k = 1; k <= groups.length; k++) {
      if (k === groups.length || groups[k].gap) {
        var x0 = k === groups.length && from === 0 ? 0 : (from === 0 ? 0 : (xs[from - 1] + xs[from]) / 2 + 5);
        var x1 = k === groups.length ? width : (xs[k - 1] + xs[k]) / 2 - 5;
        svg.appendChild(svgEl("line", { "class": "tl-axis", x1: x0, y1: axisY, x2: x1, y2: axisY }));
        if (k < groups.length) {
          var mid = (xs[k - 1] + xs[k]) / 2;
          [-5, 5].forEach(function (dx) {
            svg.appendChild(svgEl("line", { "class": "tl-break", x1: mid + dx - 3, y1: axisY + 6, x2: mid + dx + 3, y2: axisY - 6 }));
          });
        }
        from = k;
      }
    }
    boxes.forEach(function (b, i) {
      var end = b.side === "above" ? axisY - LEADER - b.y : axisY + LEADER + b.y;
      svg.appendChild(svgEl("line", { "class": "tl-leader", "data-group": i, x1: b.x, y1: axisY, x2: b.x, y2: end }));
    });
    xs.forEach(function (x, i) {
      var many = groups[i].events.length > 1;
      svg.appendChild(svgEl("circle", { "class": "tl-marker" + (many ? " tl-marker-group" : ""), "data-group": i,
                                        cx: x, cy: axisY, r: many ? 6.5 : 5 }));
    });
    this.root.insertBefore(svg, this.root.firstChild);
  };

  // --------------------------------------------------------------------------- choosing, keyboard

  Timeline.prototype.buttonFor = function (id) {
    for (var i = 0; i < this.buttons.length; i++) if (this.buttons[i].dataset.id === String(id)) return this.buttons[i];
    return null;
  };

  Timeline.prototype.eventFor = function (id) {
    for (var i = 0; i < this.events.length; i++) if (String(this.events[i].id) === String(id)) return this.events[i];
    return null;
  };

  Timeline.prototype.setTabStops = function () {
    var self = this;
    this.buttons.forEach(function (b, i) { b.tabIndex = self.tabbable && i === self.current ? 0 : -1; });
  };

  // Mark an event as the chosen one (from the page: a list link, the embed's list) without firing.
  Timeline.prototype.select = function (id) {
    this.selectedId = id === null || id === undefined ? null : String(id);
    this.mark(this.selectedId);
  };

  Timeline.prototype.mark = function (id) {
    var root = this.root;
    Array.prototype.forEach.call(root.querySelectorAll(".is-selected"), function (n) { n.classList.remove("is-selected"); });
    Array.prototype.forEach.call(root.querySelectorAll("[aria-current]"), function (n) { n.removeAttribute("aria-current"); });
    var button = id === null ? null : this.buttonFor(id);
    if (!button) return;
    button.classList.add("is-selected");
    button.setAttribute("aria-current", "true");
    var li = button.closest(".tl-item");
    li.classList.add("is-selected");
    var g = li.dataset.group;
    Array.prototype.forEach.call(root.querySelectorAll('[data-group="' + g + '"]'), function (n) {
      if (n.tagName.toLowerCase() !== "li") n.classList.add("is-selected");
    });
    this.current = this.buttons.indexOf(button);
    this.setTabStops();
  };

  Timeline.prototype.choose = function (button) {
    var ev = this.eventFor(button.dataset.id);
    if (!ev) return;
    this.select(ev.id);
    var detail = { id: ev.id, sentence: ev.sentence, event: ev };
    var notice = new CustomEvent("timeline:choose", { detail: detail, bubbles: true, cancelable: true });
    if (this.root.dispatchEvent(notice)) {
      // Nobody handled it: go to the event's own entry on the page if there is one (teacher review).
      var entry = document.getElementById("event-" + ev.id);
      if (entry) {
        entry.scrollIntoView({ block: "center" });
        var link = entry.querySelector("a, button");
        if (link) link.focus({ preventScroll: true });
      }
    }
  };

  Timeline.prototype.showCard = function (button) {
    if (!this.card || !this.root.classList.contains("tl-horizontal")) return;
    var ev = this.eventFor(button.dataset.id);
    if (!ev) return;
    var card = this.card;
    card.textContent = "";
    card.appendChild(el("strong", "tl-card-when", ev.when));
    card.appendChild(el("span", "tl-card-label", ev.label + (ev.future ? " (planned)" : "")));
    if (ev.written) card.appendChild(el("span", "tl-card-written", "Written “" + ev.written + "”"));
    card.hidden = false;
    card.dataset.id = ev.id;
    var li = button.closest(".tl-item");
    var width = this.width, cw = Math.min(card.offsetWidth, width);
    var left = Math.max(0, Math.min(li.offsetLeft, width - cw));
    var below = li.offsetTop + li.offsetHeight + 4;
    var top = li.classList.contains("tl-above") ? below : li.offsetTop - card.offsetHeight - 4;
    card.style.left = left + "px";
    card.style.top = Math.max(0, top) + "px";
  };

  Timeline.prototype.hideCard = function () { if (this.card) { this.card.hidden = true; delete this.card.dataset.id; } };

  Timeline.prototype.bind = function () {
    var self = this, root = this.root;
    root.addEventListener("pointerdown", function (e) { self.lastPointer = e.pointerType || "mouse"; });
    root.addEventListener("click", function (e) {
      var button = e.target.closest(".tl-event");
      if (!button || !root.contains(button)) return;
      self.current = self.buttons.indexOf(button);
      self.setTabStops();
      // On a touch screen a shortened label first shows its full text; a second tap chooses it.
      if (self.lastPointer === "touch" && button.dataset.truncated && (!self.card || self.card.dataset.id !== button.dataset.id)) {
        self.showCard(button);
        return;
      }
      self.choose(button);
    });
    root.addEventListener("keydown", function (e) {
      if (!e.target.classList || !e.target.classList.contains("tl-event")) return;
      var i = self.buttons.indexOf(e.target), to = null;
      if (e.key === "ArrowRight" || e.key === "ArrowDown") to = Math.min(self.buttons.length - 1, i + 1);
      else if (e.key === "ArrowLeft" || e.key === "ArrowUp") to = Math.max(0, i - 1);
      else if (e.key === "Home") to = 0;
      else if (e.key === "End") to = self.buttons.length - 1;
      else if (e.key === "Escape") { self.hideCard(); return; }
      if (to === null) return;
      e.preventDefault();
      self.current = to;
      self.setTabStops();
      self.buttons[to].focus();
    });
    root.addEventListener("focusin", function (e) {
      if (e.target.classList && e.target.classList.contains("tl-event")) self.showCard(e.target);
    });
    root.addEventListener("focusout", function (e) {
      if (!root.contains(e.relatedTarget)) self.hideCard();
    });
    root.addEventListener("pointerover", function (e) {
      var button = e.target.closest && e.target.closest(".tl-event");
      if (button && e.pointerType !== "touch") self.showCard(button);
    });
    root.addEventListener("pointerleave", function () {
      if (!root.contains(document.activeElement)) self.hideCard();
    });
  };

  function mountAll() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-timeline-source]"), function (root) {
      if (root.newslineTimeline) return;
      var source = document.getElementById(root.getAttribute("data-timeline-source"));
      if (!source) return;
      var events;
      try { events = JSON.parse(source.textContent); } catch (e) { return; }
      root.newslineTimeline = new Timeline(root, events);
      root.dispatchEvent(new CustomEvent("timeline:ready", { bubbles: true }));
    });
  }

  window.NewslineTimeline = { mountAll: mountAll, groupEvents: groupEvents };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
  else mountAll();
})();

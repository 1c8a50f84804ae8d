/// The inline script of every review page.
///
/// Tooltips on hover and focus, keyboard navigation (`j`/`k`, arrow keys on
/// a highlight, Enter to the row), row ↔ span jumps, sorting and kind
/// filters, and a self-check that sets `data-selfcheck` on `<body>` to `ok`
/// (or `fail: …`) so a headless browser test can read the result from the DOM;
/// opened as `page.html#selftest` it also drives the keyboard, tooltip,
/// row ↔ span, sort and filter code and reports in `data-selftest`.
/// The page is fully readable without it.
enum ReviewScript {
    static let js = #"""
    (function () {
      'use strict';
      var body = document.body;
      function fail(message) {
        body.setAttribute('data-selfcheck', 'fail: ' + message);
        console.error('zhfacts review self-check: ' + message);
      }
      window.addEventListener('error', function (event) {
        body.setAttribute('data-selfcheck', 'error: ' + event.message);
      });
      var tip = document.getElementById('tip');
      var marks = Array.prototype.slice.call(document.querySelectorAll('mark.fact[id]'));
      var current = -1;

      function byId(id) { return id ? document.getElementById(id) : null; }
      function markOf(node) {
        var piece = node && node.closest ? node.closest('mark.fact') : null;
        return piece ? byId(piece.getAttribute('data-fact')) : null;
      }
      function showTip(mark) {
        var desc = byId(mark.getAttribute('aria-describedby'));
        if (!desc || !tip) { return; }
        var copy = desc.cloneNode(true);
        copy.removeAttribute('id');
        while (tip.firstChild) { tip.removeChild(tip.firstChild); }
        tip.appendChild(copy);
        tip.hidden = false;
        var rect = mark.getBoundingClientRect();
        var width = tip.offsetWidth;
        var viewport = document.documentElement.clientWidth;
        var left = Math.max(8, Math.min(rect.left, viewport - width - 8)) + window.scrollX;
        var top = rect.bottom + 8;
        if (top + tip.offsetHeight > window.innerHeight && rect.top > tip.offsetHeight + 8) {
          top = rect.top - tip.offsetHeight - 8;
        }
        tip.style.left = left + 'px';
        tip.style.top = (top + window.scrollY) + 'px';
      }
      function hideTip() { if (tip) { tip.hidden = true; } }
      function flash(element) {
        element.classList.add('hit');
        setTimeout(function () { element.classList.remove('hit'); }, 1600);
      }
      function goToRow(mark) {
        var row = byId(mark.getAttribute('data-row'));
        if (!row) { return; }
        if (row.hidden) {
          var table = row.closest('table');
          var select = document.querySelector('select.kind-filter[data-table="' + table.id + '"]');
          if (select) { select.value = ''; applyFilter(select); }
        }
        hideTip();
        row.focus({ preventScroll: true });
        row.scrollIntoView({ block: 'center' });
        flash(row);
      }
      function goToSpan(id) {
        var mark = byId(id);
        if (!mark) { return; }
        mark.focus({ preventScroll: true });
        mark.scrollIntoView({ block: 'center' });
        showTip(mark);
      }
      function move(step) {
        var visible = marks.filter(function (m) { return !m.classList.contains('dim'); });
        if (!visible.length) { return; }
        var at = visible.indexOf(markOf(document.activeElement));
        if (at < 0) {
          var last = marks[current];
          at = last ? visible.indexOf(last) : -1;
        }
        var next = at < 0 ? (step > 0 ? 0 : visible.length - 1)
                          : Math.max(0, Math.min(visible.length - 1, at + step));
        var mark = visible[next];
        mark.focus({ preventScroll: true });
        var rect = mark.getBoundingClientRect();
        if (rect.top < 0 || rect.bottom > window.innerHeight) { mark.scrollIntoView({ block: 'center' }); }
        showTip(mark);
      }

      document.addEventListener('mouseover', function (event) {
        var mark = markOf(event.target);
        if (mark) { showTip(mark); }
      });
      document.addEventListener('mouseout', function (event) {
        if (markOf(event.target) && !markOf(event.relatedTarget) && !markOf(document.activeElement)) { hideTip(); }
      });
      document.addEventListener('focusin', function (event) {
        var mark = markOf(event.target);
        if (mark) { current = marks.indexOf(mark); showTip(mark); }
      });
      document.addEventListener('focusout', function (event) {
        if (markOf(event.target)) { hideTip(); }
      });
      document.addEventListener('click', function (event) {
        var mark = markOf(event.target);
        if (mark) { goToRow(mark); return; }
        var go = event.target.closest ? event.target.closest('button.goto') : null;
        if (go) { goToSpan(go.getAttribute('data-target')); return; }
        if (event.target.closest && event.target.closest('a,button,select,input,summary')) { return; }
        var row = event.target.closest ? event.target.closest('table.facts tbody tr') : null;
        if (row) { goToSpan(row.getAttribute('data-target')); }
      });
      document.addEventListener('keydown', function (event) {
        if (event.ctrlKey || event.metaKey || event.altKey) { return; }
        var target = event.target;
        var tag = target && target.tagName;
        if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') { return; }
        var onMark = markOf(target);
        var key = event.key;
        if (key === 'j' || key === 'n' || (onMark && (key === 'ArrowRight' || key === 'ArrowDown'))) {
          event.preventDefault(); move(1);
        } else if (key === 'k' || key === 'p' || (onMark && (key === 'ArrowLeft' || key === 'ArrowUp'))) {
          event.preventDefault(); move(-1);
        } else if (onMark && (key === 'Enter' || key === ' ')) {
          event.preventDefault(); goToRow(onMark);
        } else if (key === 'Enter' && tag === 'TR' && target.hasAttribute('data-target')) {
          event.preventDefault(); goToSpan(target.getAttribute('data-target'));
        } else if (key === 'Escape') {
          hideTip();
        }
      });

      function sortKey(cell, numeric) {
        if (!cell) { return numeric ? NaN : ''; }
        var v = cell.getAttribute('data-v');
        if (numeric) { return v === null ? NaN : parseFloat(v); }
        return cell.textContent;
      }
      Array.prototype.forEach.call(document.querySelectorAll('table.facts'), function (table) {
        var heads = Array.prototype.slice.call(table.querySelectorAll('thead th'));
        heads.forEach(function (th, column) {
          var button = th.querySelector('button');
          button.addEventListener('click', function () {
            var numeric = th.getAttribute('data-type') === 'num';
            var ascending = th.getAttribute('aria-sort') !== 'ascending';
            heads.forEach(function (other) { other.setAttribute('aria-sort', 'none'); });
            th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
            var tbody = table.tBodies[0];
            var rows = Array.prototype.slice.call(tbody.rows).map(function (row, index) {
              return { row: row, index: index, key: sortKey(row.cells[column], numeric) };
            });
            rows.sort(function (a, b) {
              var order = 0;
              if (numeric) {
                var an = isNaN(a.key), bn = isNaN(b.key);
                if (an || bn) { return an === bn ? a.index - b.index : (an ? 1 : -1); }
                order = a.key - b.key;
              } else {
                order = a.key.localeCompare(b.key, 'zh');
              }
              if (!ascending) { order = -order; }
              return order || a.index - b.index;
            });
            rows.forEach(function (entry) { tbody.appendChild(entry.row); });
          });
        });
      });

      function applyFilter(select) {
        var table = byId(select.getAttribute('data-table'));
        if (!table) { return; }
        var wanted = select.value;
        var shown = 0, total = 0;
        Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
          var match = wanted === '' || (wanted === '!flagged' ? row.hasAttribute('data-flagged')
                                                              : row.getAttribute('data-kind') === wanted);
          row.hidden = !match;
          total += 1;
          if (match) { shown += 1; }
          var mark = byId(row.getAttribute('data-target'));
          var pieces = mark ? document.querySelectorAll('mark.fact[data-fact="' + mark.id + '"]') : [];
          Array.prototype.forEach.call(pieces, function (piece) { piece.classList.toggle('dim', !match); });
        });
        var counter = byId(table.getAttribute('data-shown'));
        if (counter) { counter.textContent = '显示 ' + shown + ' / ' + total; }
      }
      Array.prototype.forEach.call(document.querySelectorAll('select.kind-filter'), function (select) {
        select.addEventListener('change', function () { applyFilter(select); });
        if (select.value !== '') { applyFilter(select); }
      });

      // Self-check: every highlight has its title, description and row; every row its highlight.
      try {
        var seen = {};
        var problems = [];
        Array.prototype.forEach.call(document.querySelectorAll('[id]'), function (element) {
          if (seen[element.id]) { problems.push('duplicate id ' + element.id); }
          seen[element.id] = true;
        });
        marks.forEach(function (mark) {
          if (!mark.getAttribute('title')) { problems.push(mark.id + ' has no title'); }
          if (!byId(mark.getAttribute('aria-describedby'))) { problems.push(mark.id + ' has no description'); }
          if (!byId(mark.getAttribute('data-row'))) { problems.push(mark.id + ' has no row'); }
        });
        var rows = document.querySelectorAll('table.facts tbody tr');
        Array.prototype.forEach.call(rows, function (row) {
          if (!byId(row.getAttribute('data-target'))) { problems.push(row.id + ' has no highlight'); }
        });
        if (rows.length !== marks.length) { problems.push(marks.length + ' highlights for ' + rows.length + ' rows'); }
        if (problems.length) {
          fail(problems.slice(0, 5).join('; '));
        } else {
          body.setAttribute('data-selfcheck', 'ok');
          body.setAttribute('data-highlights', String(marks.length));
        }
      } catch (error) {
        fail('exception ' + error);
        throw error;
      }

      // Interaction self-test, only for the page opened as `report.html#selftest`
      // (headless browser tests): keyboard, tooltip, row <-> span, sort, filter.
      function selfTest() {
        var failed = [];
        function check(name, ok) { if (!ok) { failed.push(name); } }
        function key(target, name) {
          target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
        }
        try {
          if (marks.length < 3) { throw new Error('fewer than 3 highlights'); }
          marks[0].focus();
          check('focus shows the tooltip', !tip.hidden && tip.textContent.indexOf('approx') >= 0);
          check('highlight is described', !!byId(marks[0].getAttribute('aria-describedby')));
          key(marks[0], 'j');
          check('j moves to the next highlight', document.activeElement === marks[1]);
          key(marks[1], 'k');
          check('k moves to the previous highlight', document.activeElement === marks[0]);
          key(marks[0], 'ArrowRight');
          check('ArrowRight moves on', document.activeElement === marks[1]);
          key(marks[1], 'Enter');
          check('Enter goes to the row', document.activeElement === byId(marks[1].getAttribute('data-row')));
          key(document.activeElement, 'Escape');
          check('Escape hides the tooltip', tip.hidden);
          var row = byId(marks[2].getAttribute('data-row'));
          row.cells[1].click();
          check('clicking a row goes to its highlight', document.activeElement === marks[2]);
          check('the tooltip stays in the viewport', tip.getBoundingClientRect().left >= 0 &&
                tip.getBoundingClientRect().right <= document.documentElement.clientWidth + 1);
          var table = row.closest('table');
          var byValue = table.querySelector('th button[data-col="3"]');
          byValue.click(); byValue.click();
          check('sorting marks the column', byValue.parentNode.getAttribute('aria-sort') === 'descending');
          var values = Array.prototype.map.call(table.tBodies[0].rows, function (r) {
            return parseFloat(r.cells[3].getAttribute('data-v'));
          }).filter(function (v) { return !isNaN(v); });
          check('sorted by value, descending', values.every(function (v, i) { return i === 0 || values[i - 1] >= v; }));
          table.querySelector('th button[data-col="0"]').click();
          check('sorting by # restores text order', Array.prototype.every.call(table.tBodies[0].rows, function (r, i) {
            return r.id === table.id.replace('-table', '-r') + i;
          }));
          var select = document.querySelector('select.kind-filter[data-table="' + table.id + '"]');
          var kind = select.options[1].value;
          select.value = kind;
          select.dispatchEvent(new Event('change'));
          check('the filter keeps only that kind', Array.prototype.every.call(table.tBodies[0].rows, function (r) {
            return r.hidden === (r.getAttribute('data-kind') !== kind);
          }));
          check('the filter dims other highlights', marks.every(function (m) {
            return m.classList.contains('dim') === (m.getAttribute('data-kind') !== kind);
          }));
          select.value = '';
          select.dispatchEvent(new Event('change'));
          check('clearing the filter shows every row', Array.prototype.every.call(table.tBodies[0].rows, function (r) {
            return !r.hidden;
          }));
        } catch (error) {
          failed.push('exception ' + error);
        }
        body.setAttribute('data-selftest', failed.length ? 'fail: ' + failed.join('; ') : 'ok');
        if (failed.length) { console.error('zhfacts review self-test: ' + failed.join('; ')); }
        // Leave a tooltip open for a screenshot.
        var shown = marks[Math.min(2, marks.length - 1)];
        if (shown) {
          window.scrollTo(0, 0);
          shown.focus({ preventScroll: true });
          if (shown.getBoundingClientRect().bottom > window.innerHeight) { shown.scrollIntoView({ block: 'center' }); }
          showTip(shown);
        }
      }
      if (location.hash === '#selftest') { selfTest(); }
    })();
    """#
}

/* Rolebook search: the header's search box, a combobox over the site's index.
 *
 * The index is plain script files (assets/search/s-<prefix>.js) added as <script> elements, never
 * fetched: browsers refuse fetch() and XHR of file:// URLs, and the site must work opened from
 * disk and unzipped from a bundle. Each shard holds the records with a token beginning with its
 * prefix; a prefix with too many is split by the next character, and its shard says which next
 * characters have complete shards. A search walks from s-.js to the shards it needs.
 * Results are text: they are built with textContent, never markup. See docs/search.md. */
(function () {
  "use strict";
  var box = document.querySelector(".site-search");
  if (!box || !window.Promise || !Array.from || !String.prototype.normalize) return;
  var root = box.getAttribute("data-root") || "";
  var folder = root + "assets/search/";
  var input = box.querySelector("input");
  var list = box.querySelector("[role=listbox]");
  var status = box.querySelector("[role=status]");
  var kinds = (list.getAttribute("data-kinds") || "").split("|");
  var shown = 10;
  var shards = {};
  var loading = {};
  var results = [];
  var active = -1;
  var latest = 0;
  var wordPattern;
  try {
    wordPattern = new RegExp("[\\p{L}\\p{N}]+", "gu");
  } catch (e) {
    wordPattern = /[0-9a-z\u00c0-\uffff]+/g;
  }

  window.rolebookSearch = {
    add: function (key, count, records, complete, split) {
      shards[key] = { count: count, records: records, complete: !split, leaves: complete || [], split: split || [] };
    }
  };

  // The words come from the page (the language's strings file): data-none, data-loading and
  // data-failed are texts; data-counts holds the plural forms of "matches" and "more" and the
  // language's plural rules, so a count takes the form its language gives it.
  var counts = {};
  try {
    counts = JSON.parse(status.getAttribute("data-counts") || "{}");
  } catch (e) {
    counts = {};
  }

  // CLDR's integer rules as the strings file gives them: [category, [[[modulus, negated, [[low, high]]]]]].
  function category(n) {
    var rules = counts.rules || [];
    for (var i = 0; i < rules.length; i++) {
      var holds = rules[i][1].some(function (all) {
        return all.every(function (relation) {
          var value = relation[0] ? n % relation[0] : n;
          var inRange = relation[2].some(function (range) { return value >= range[0] && value <= range[1]; });
          return inRange !== relation[1];
        });
      });
      if (holds) return rules[i][0];
    }
    return "other";
  }

  function say(name, values) {
    var text = status.getAttribute("data-" + name) || "";
    if (name === "matches" || name === "more") {
      var forms = counts[name] || {};
      text = forms[category(values.count)] || forms.other || "";
    }
    Object.keys(values || {}).forEach(function (key) {
      text = text.split("{" + key + "}").join(String(values[key]));
    });
    status.textContent = text;
  }

  // The same steps as SearchTokens.swift: NFKD, no combining accents, lower case, letter and digit runs.
  function words(text) {
    var normal = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    return normal.split(/\s+/).map(function (word) {
      return (word.match(wordPattern) || []).join("");
    }).filter(function (word) { return word.length > 0; });
  }

  function fileName(key) {
    return "s-" + Array.from(key).map(function (c) {
      return /^[a-z0-9]$/.test(c) ? c : "_" + c.codePointAt(0).toString(16) + "_";
    }).join("") + ".js";
  }

  function load(name) {
    if (!loading[name]) {
      loading[name] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = folder + name;
        script.onload = resolve;
        script.onerror = function () {
          delete loading[name];
          reject(new Error(name));
        };
        document.head.appendChild(script);
      });
    }
    return loading[name];
  }

  function shard(key) {
    return load(fileName(key)).then(function () { return shards[key]; });
  }

  // The shard that answers `key`: a complete shard whose prefix begins it, the split shard of the
  // key itself, or none (null) when no token begins with it.
  function shardFor(key) {
    var chars = Array.from(key);
    function walk(prefix, node) {
      if (node.complete) return { key: prefix, complete: true };
      if (prefix.length === key.length) return { key: prefix, complete: false };
      var next = chars[Array.from(prefix).length];
      if (node.leaves.indexOf(next) < 0 && node.split.indexOf(next) < 0) return null;
      return shard(prefix + next).then(function (child) { return walk(prefix + next, child); });
    }
    return shard("").then(function (node) { return walk("", node); });
  }

  function startsAny(tokens, word) {
    for (var i = 0; i < tokens.length; i++) if (tokens[i].lastIndexOf(word, 0) === 0) return true;
    return false;
  }

  function search(query) {
    var terms = words(query);
    var run = ++latest;
    if (terms.length === 0) {
      results = [];
      draw();
      status.textContent = "";
      return;
    }
    var whole = terms.join("");
    // The words run together (a name, a serial typed with spaces) and the longest word: at most
    // two shards per keystroke, most of them loaded by the keystrokes before.
    var longest = terms.reduce(function (a, b) { return b.length > a.length ? b : a; });
    var wanted = longest === whole ? [whole] : [whole, longest];
    Promise.all(wanted.map(function (key) {
      return shardFor(key).then(function (found) { return { key: key, shard: found }; });
    })).then(function (found) {
      if (run !== latest) return;
      var seen = {};
      var matches = [];
      found.forEach(function (f) {
        if (!f.shard) return;
        shards[f.shard.key].records.forEach(function (record) {
          var id = record[0] + record[3] + "\n" + record[1];
          if (seen[id]) return;
          seen[id] = true;
          var tokens = record[4].split(" ");
          var score = 0;
          var every = terms.every(function (word) {
            if (tokens.indexOf(word) >= 0) { score += 2; return true; }
            if (startsAny(tokens, word)) { score += 1; return true; }
            return false;
          });
          if (every || startsAny(tokens, whole)) matches.push({ record: record, score: score });
        });
      });
      matches.sort(function (a, b) {
        if (a.score !== b.score) return b.score - a.score;
        if (a.record[0] !== b.record[0]) return a.record[0] - b.record[0];
        if (a.record[1] !== b.record[1]) return a.record[1] < b.record[1] ? -1 : 1;
        return a.record[3] < b.record[3] ? -1 : a.record[3] > b.record[3] ? 1 : 0;
      });
      var byKey = {};
      found.forEach(function (f) { byKey[f.key] = f.shard; });
      // Complete when each way of matching was answered by a complete shard (or by none: no token).
      var wholeDone = !byKey[whole] || byKey[whole].complete;
      var wordsDone = !byKey[longest] || byKey[longest].complete;
      results = matches.slice(0, shown).map(function (m) { return m.record; });
      active = -1;
      draw();
      if (wholeDone && wordsDone) {
        if (matches.length === 0) say("none");
        else if (matches.length <= shown) say("matches", { count: matches.length });
        else say("more", { count: matches.length, shown: shown });
      } else if (terms.length === 1) {
        say("more", { count: Math.max(shards[byKey[whole].key].count, matches.length), shown: results.length });
      } else {
        // Several words, each too common for a complete shard: these are the matches among the best.
        say(matches.length === 0 ? "none" : "matches", { count: matches.length });
      }
    }).catch(function () {
      if (run === latest) say("failed");
    });
  }

  function draw() {
    while (list.firstChild) list.removeChild(list.firstChild);
    results.forEach(function (record, i) {
      var option = document.createElement("li");
      option.id = "site-search-option-" + i;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", i === active ? "true" : "false");
      option.className = "site-search__option";
      var kind = document.createElement("span");
      kind.className = "site-search__kind";
      kind.textContent = kinds[record[0]] || "";
      var label = document.createElement("span");
      label.className = "site-search__name";
      label.textContent = record[1];
      var detail = document.createElement("span");
      detail.className = "site-search__detail";
      detail.textContent = record[2];
      option.appendChild(kind);
      option.appendChild(label);
      option.appendChild(detail);
      option.addEventListener("mousedown", function (event) { event.preventDefault(); });
      option.addEventListener("click", function () { open(i); });
      list.appendChild(option);
    });
    var visible = results.length > 0 && document.activeElement === input;
    list.hidden = !visible;
    input.setAttribute("aria-expanded", visible ? "true" : "false");
    if (active >= 0) {
      input.setAttribute("aria-activedescendant", "site-search-option-" + active);
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function choose(index) {
    active = index;
    Array.prototype.forEach.call(list.children, function (option, i) {
      option.setAttribute("aria-selected", i === active ? "true" : "false");
    });
    if (active >= 0) {
      input.setAttribute("aria-activedescendant", "site-search-option-" + active);
      var option = list.children[active];
      if (option && option.scrollIntoView) option.scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function open(index) {
    var record = results[index];
    if (record) window.location.href = root + record[3];
  }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    choose(-1);
  }

  box.hidden = false;
  input.addEventListener("focus", function () {
    shard("").catch(function () { say("failed"); });
    if (results.length > 0) draw();
  });
  input.addEventListener("input", function () { search(input.value); });
  input.addEventListener("blur", close);
  input.addEventListener("keydown", function (event) {
    var count = results.length;
    if (event.key === "ArrowDown" || event.key === "Down") {
      event.preventDefault();
      if (list.hidden && count > 0) draw();
      if (count > 0) choose((active + 1) % count);
    } else if (event.key === "ArrowUp" || event.key === "Up") {
      event.preventDefault();
      if (list.hidden && count > 0) draw();
      if (count > 0) choose(active <= 0 ? count - 1 : active - 1);
    } else if (event.key === "Enter") {
      if (count > 0) {
        event.preventDefault();
        open(active >= 0 ? active : 0);
      }
    } else if (event.key === "Escape" || event.key === "Esc") {
      if (!list.hidden) {
        event.preventDefault();
        close();
      } else if (input.value !== "") {
        event.preventDefault();
        input.value = "";
        search("");
      }
    }
  });
})();

package graph

import (
	"encoding/json"
	"errors"
	"regexp"
)

// Cayley's Gizmo panics, in a goroutine of its own where nobody can recover,
// when a traversal gets an argument it cannot convert: g.V().Out({}) or
// g.V().Out("p", 5) kill the process. guardGizmo wraps the query so that it
// runs against proxies of g and of every path, which check the arguments of
// the traversals that convert them by hand (In, Out, Both, FollowRecursive,
// LabelContext) or dereference them unchecked (Follow, And, Union, Except,
// ...) and throw a JavaScript TypeError instead. Everything else
// passes through unchanged, and the query's last value is kept.
func guardGizmo(q string) string {
	src, _ := json.Marshal(q) // a JSON string is a JavaScript string literal
	return gizmoPrelude + "(" + string(src) + ");\n"
}

const gizmoPrelude = `(function (g0) {
  var targets = new WeakMap(); // proxy -> host path or graph object
  var values = new WeakSet();  // host quad values made by g.IRI and g.Uri
  // methods whose arguments Cayley converts with toVia and toStrings, and
  // the index of their first tag argument
  var tagsFrom = {in: 1, out: 1, both: 1, labelcontext: 1, followrecursive: 2};
  // methods taking paths, which Cayley dereferences unchecked
  var takesPath = {follow: 1, followr: 1, and: 1, intersect: 1, union: 1, or: 1, except: 1, difference: 1};
  function fail(m, what) {
    throw new TypeError(m + ": unsupported " + what + " argument (want strings, numbers, IRIs, paths or arrays of them)");
  }
  function via(m, a, top) {
    if (a === null || a === undefined) {
      if (top) return a;
      fail(m, "null");
    }
    var t = typeof a;
    if (t === "string" || t === "number" || t === "boolean") return a;
    if (t === "object") {
      var p = targets.get(a);
      if (p !== undefined) return p;
      if (values.has(a) || a instanceof Date) return a;
      if (top && Array.isArray(a)) {
        var out = [];
        for (var i = 0; i < a.length; i++) out.push(via(m, a[i], false));
        return out;
      }
    }
    fail(m, t === "object" ? "object" : t);
  }
  function tag(m, a) {
    if (typeof a === "string") return a;
    if (a !== null && typeof a === "object") {
      if (values.has(a)) return a;
      if (Array.isArray(a)) {
        for (var i = 0; i < a.length; i++) tag(m, a[i]);
        return a;
      }
    }
    fail(m, "tag");
  }
  function path(m, a) {
    if (a !== null && typeof a === "object") {
      var p = targets.get(a);
      if (p !== undefined) return p;
    }
    throw new TypeError(m + ": want a path, such as g.M().Out(...) or g.V(...)");
  }
  function unwrap(a) {
    if (a !== null && typeof a === "object") {
      var p = targets.get(a);
      if (p !== undefined) return p;
    }
    return a;
  }
  function wrap(v, name) {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    if (name === "IRI" || name === "Uri") {
      values.add(v);
      return v;
    }
    if (typeof v.Out !== "function" && typeof v.V !== "function") return v;
    // The target is a blank object: the host object's properties are
    // read-only and non-configurable, which a proxy of it may not change.
    var t = v;
    var p = new Proxy({}, {
      get: function (_, k) {
        var f = t[k];
        if (typeof f !== "function") return f;
        var m = typeof k === "string" ? k.toLowerCase() : "";
        var from = tagsFrom[m];
        return function () {
          if (takesPath[m] === 1 && arguments.length === 0) path(k, undefined);
          var args = [], tags = from;
          // FollowRecursive(via, [depth,] tags...): depth only if a number
          if (m === "followrecursive" && typeof arguments[1] !== "number") tags = 1;
          for (var i = 0; i < arguments.length; i++) {
            var a = arguments[i];
            if (takesPath[m] === 1) args.push(path(k, a));
            else if (tags === undefined) args.push(unwrap(a));
            else if (i === 0) args.push(via(k, a, true));
            else if (i < tags) args.push(unwrap(a));
            else args.push(tag(k, a));
          }
          return wrap(f.apply(t, args), k);
        };
      }
    });
    targets.set(p, v);
    return p;
  }
  var guarded = wrap(g0);
  return function (src) {
    var r = (function (g, graph) { return eval(src); })(guarded, guarded);
    return unwrap(r);
  };
})(g)`

// guardPos matches the position goja appends to errors thrown by the guard,
// which points into the guard's own code.
var guardPos = regexp.MustCompile(` at (fail|path|tag|via) \(<eval>:\d+:\d+\(\d+\)\)$`)

// guardErr removes that position from err's message.
func guardErr(err error) error {
	if msg := err.Error(); guardPos.MatchString(msg) {
		return errors.New(guardPos.ReplaceAllString(msg, ""))
	}
	return err
}

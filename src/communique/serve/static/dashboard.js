/* communique dashboard: draws the charts from the JSON that each page embeds (the same rows the
   API gives), with Apache ECharts and, for the map, world-atlas through topojson-client; all three
   are served from this install (static/vendor), so nothing is fetched from elsewhere.
   Each chart marks its element data-ready="1" once drawn, and counts what it drew in data-drawn. */
(function () {
  "use strict";
  var QUAD = {
    1: { name: "verbal cooperation", color: "#7fbf7b" },
    2: { name: "material cooperation", color: "#1b7837" },
    3: { name: "verbal conflict", color: "#f4a582" },
    4: { name: "material conflict", color: "#b2182b" }
  };
  var COOP = "#1b7837", CONF = "#b2182b", EVEN = "#999999";

  function esc(text) {
    return String(text == null ? "" : text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function day(date) {            // the README's date rule: a period counts as its first day
    if (date.length === 4) return date + "-01-01";
    if (date.length === 7) return date + "-01";
    return date.slice(0, 10);
  }

  function lean(cooperation, conflict) {
    return cooperation > conflict ? COOP : conflict > cooperation ? CONF : EVEN;
  }

  function draw(el, option, drawn) {
    var chart = echarts.init(el, null, { renderer: "svg" });
    chart.on("finished", function () { el.dataset.ready = "1"; });
    chart.setOption(option);
    el.dataset.drawn = String(drawn);
    window.addEventListener("resize", function () { chart.resize(); });
    return chart;
  }

  function go(path) { window.location.href = path; }

  // A ring that crosses the antimeridian (Russia's far east, Fiji) jumps from +180 to -180; drawn
  // on a flat map that jump is a band across the world. Keep each ring's longitudes continuous.
  function unwrap(ring) {
    var shift = 0, prev = null;
    return ring.map(function (pt) {
      var lon = pt[0] + shift;
      if (prev !== null && lon - prev > 180) { shift -= 360; lon -= 360; }
      else if (prev !== null && prev - lon > 180) { shift += 360; lon += 360; }
      prev = lon;
      return [lon, pt[1]];
    });
  }

  function flat(feature) {
    var g = feature.geometry;
    if (g && g.type === "Polygon") g.coordinates = g.coordinates.map(unwrap);
    if (g && g.type === "MultiPolygon") g.coordinates = g.coordinates.map(function (p) { return p.map(unwrap); });
    return feature;
  }

  function months(el) {
    var rows = JSON.parse(el.dataset.months || "[]");
    draw(el, {
      animation: false,
      tooltip: { trigger: "axis" },
      legend: { top: 0, data: ["cooperation", "conflict"] },
      grid: { left: 40, right: 10, top: 30, bottom: 25 },
      xAxis: { type: "category", data: rows.map(function (r) { return r.month; }) },
      yAxis: { type: "value", minInterval: 1 },
      series: [
        { name: "cooperation", type: "bar", stack: "n", itemStyle: { color: COOP },
          data: rows.map(function (r) { return r.cooperation; }) },
        { name: "conflict", type: "bar", stack: "n", itemStyle: { color: CONF },
          data: rows.map(function (r) { return r.conflict; }) }
      ]
    }, rows.length);
  }

  function timeline(el) {
    var events = JSON.parse(el.dataset.events || "[]").filter(function (e) { return e.date; });
    var types = Array.from(new Set(events.map(function (e) { return e.event; }))).sort();
    var series = [1, 2, 3, 4].map(function (q) {
      return {
        name: QUAD[q].name, type: "scatter", symbolSize: 11, itemStyle: { color: QUAD[q].color, opacity: 0.85 },
        data: events.filter(function (e) { return e.quad_code === q; }).map(function (e) {
          return { value: [day(e.date), e.event], id: e.id, ev: e };
        })
      };
    });
    var chart = draw(el, {
      animation: false,
      legend: { top: 4 },
      tooltip: {
        trigger: "item",
        formatter: function (p) {
          var e = p.data.ev;
          return "<b>" + esc(e.date) + " " + esc(e.event) + (e.mode ? "/" + esc(e.mode) : "") + "</b> " + esc(e.status) +
            "<br>" + esc(e.actor_codes.join(" ")) + " → " + esc(e.recipient_codes.join(" ") || "(joint)") +
            "<br><i>" + esc((e.sentence || "").slice(0, 140)) + "</i>";
        }
      },
      grid: { left: 100, right: 30, top: 40, bottom: 70 },
      xAxis: { type: "time" },
      yAxis: { type: "category", data: types },
      dataZoom: [{ type: "slider", bottom: 12 }, { type: "inside" }],
      series: series
    }, events.length);
    chart.on("click", function (p) {
      if (p.data && p.data.id) go("/events/" + encodeURIComponent(p.data.id));
    });
  }

  function network(el) {
    var dyads = JSON.parse(el.dataset.dyads || "[]");
    var totals = {};
    dyads.forEach(function (d) {
      totals[d.actor] = (totals[d.actor] || 0) + d.events;
      totals[d.recipient] = (totals[d.recipient] || 0) + d.events;
    });
    var nodes = Object.keys(totals).sort().map(function (code) {
      return { name: code, value: totals[code], symbolSize: 12 + 5 * Math.sqrt(totals[code]) };
    });
    var links = dyads.map(function (d) {
      return {
        source: d.actor, target: d.recipient, value: d.events, dyad: d,
        lineStyle: { width: 1 + 1.6 * Math.sqrt(d.events), color: lean(d.cooperation, d.conflict), curveness: 0.15, opacity: 0.8 }
      };
    });
    var chart = draw(el, {
      animation: false,
      tooltip: {
        formatter: function (p) {
          if (p.dataType === "edge") {
            var d = p.data.dyad;
            return esc(d.actor) + " → " + esc(d.recipient) + ": " + d.events + " events (" + d.cooperation +
              " cooperation, " + d.conflict + " conflict)";
          }
          return esc(p.name) + ": " + p.value + " events in dyads";
        }
      },
      series: [{
        type: "graph", layout: "force", roam: true, draggable: true, data: nodes, links: links,
        label: { show: true, position: "right", fontSize: 11, color: "#1d2327" }, edgeSymbol: ["none", "arrow"], edgeSymbolSize: 7,
        itemStyle: { color: "#4c78a8" },
        force: { repulsion: 320, edgeLength: [60, 170], gravity: 0.08, layoutAnimation: false }
      }]
    }, nodes.length);
    chart.on("click", function (p) {
      if (p.dataType === "node") go("/timeline?actor=" + encodeURIComponent(p.name));
    });
  }

  function map(el) {
    var places = JSON.parse(el.dataset.places || "[]");
    var ids = JSON.parse(el.dataset.ids || "{}");        // ISO3 -> basemap feature id
    fetch(el.dataset.basemap).then(function (r) { return r.json(); }).then(function (world) {
      var geo = topojson.feature(world, world.objects.countries);
      geo.features = geo.features.filter(function (f) { return f.id !== "010"; }).map(flat);   // no Antarctica
      var names = {}, iso = {};
      geo.features.forEach(function (f) {
        var key = String(f.id || f.properties.name);
        names[key] = f.properties.name;
        f.properties = { name: key };
      });
      Object.keys(ids).forEach(function (code) { iso[ids[code]] = code; });
      echarts.registerMap("world", geo);
      var perCountry = {};
      places.forEach(function (p) {
        var key = ids[p.country_code];
        if (key) perCountry[key] = (perCountry[key] || 0) + p.events;
      });
      var points = places.filter(function (p) { return p.lat != null && p.lon != null; });
      var most = Math.max.apply(null, [1].concat(Object.values(perCountry)));
      var chart = draw(el, {
        animation: false,
        tooltip: {
          formatter: function (p) {
            if (p.seriesType === "scatter") {
              var d = p.data.place;
              return esc(d.place) + " (" + esc(d.country_code) + "): " + d.events + " events, " + d.cooperation +
                " cooperation, " + d.conflict + " conflict";
            }
            return esc(names[p.name] || p.name) + (p.value ? ": " + p.value + " events" : "");
          }
        },
        visualMap: { min: 0, max: most, seriesIndex: 0, left: 10, bottom: 10, text: ["more events", "none"],
                     inRange: { color: ["#eef1f3", "#5b84b1"] }, calculable: false },
        geo: { map: "world", roam: true, zoom: 1.15, itemStyle: { areaColor: "#eef1f3", borderColor: "#9aa7b1" },
               emphasis: { label: { show: false }, itemStyle: { areaColor: "#d3dde6" } } },
        series: [
          { type: "map", geoIndex: 0, data: Object.keys(perCountry).map(function (k) {
              return { name: k, value: perCountry[k] }; }) },
          { type: "scatter", coordinateSystem: "geo", data: points.map(function (p) {
              return { name: p.place, value: [p.lon, p.lat, p.events], place: p,
                       itemStyle: { color: lean(p.cooperation, p.conflict), borderColor: "#fff", borderWidth: 1 } };
            }), symbolSize: function (v) { return 7 + 4 * Math.sqrt(v[2]); }, zlevel: 1 }
        ]
      }, points.length + Object.keys(perCountry).length);
      chart.on("click", function (p) {
        if (p.seriesType === "scatter") go("/timeline?place=" + encodeURIComponent(p.data.place.place));
        else if (iso[p.name]) go("/timeline?place=" + encodeURIComponent(iso[p.name]));
      });
    }).catch(function (err) { el.dataset.error = String(err); el.textContent = "The basemap could not be read: " + err; });
  }

  window.communique = { months: months, timeline: timeline, network: network, map: map };
})();

// A worker started by the dashboards' pages as they begin to load (src/lib/warm-up.js): the
// browser loads its Intl locale data once per process, and loading it here, in a thread of its
// own, spares the page's main thread that wait when it first writes a number or a date.
new Intl.NumberFormat(self.name || undefined).format(1);
new Intl.DateTimeFormat(self.name || undefined, { timeZone: 'UTC' }).format(0);
close();

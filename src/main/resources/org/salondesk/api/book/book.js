// The booking page: services -> master or any -> day -> time (held by a lease) -> name and phone -> the booking.
// It talks only to the public booking API, with the key the salon's link carries after '#key='.
(function () {
  'use strict';
  var texts = window.BOOK_TEXTS || {};
  var page = document.getElementById('page');
  var companyId = page.getAttribute('data-company');
  var key = new URLSearchParams(location.hash.replace(/^#/, '')).get('key');
  var lang = document.documentElement.lang || 'en';
  var state = {};

  function $(id) { return document.getElementById(id); }

  function text(name) {
    var pattern = texts[name] || name;
    var args = Array.prototype.slice.call(arguments, 1);
    return pattern.replace(/\{(\d+)\}/g, function (all, i) { return args[i] === undefined ? all : args[i]; });
  }

  function money(amount) {
    return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(Number(amount));
  }

  function day(iso) {
    var p = iso.split('-');
    var date = new Date(Number(p[0]), Number(p[1]) - 1, Number(p[2]));
    return new Intl.DateTimeFormat(lang, { weekday: 'short', day: 'numeric', month: 'short' }).format(date);
  }

  function clock(instant) {
    return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
  }

  function say(message) {
    var line = $('message');
    line.textContent = message || '';
    line.hidden = !message;
  }

  // Every answer is JSON; an error answer is {"error": {"code", "message", "field"}}.
  function api(method, path, body, headers) {
    var options = { method: method, headers: Object.assign({ 'Authorization': 'Bearer ' + key }, headers || {}) };
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch('/api/v1' + path, options).then(function (response) {
      if (response.status === 204) {
        return {};
      }
      return response.json().then(function (json) {
        if (!response.ok) {
          var error = new Error((json.error && json.error.message) || text('failed'));
          error.code = json.error && json.error.code;
          error.field = json.error && json.error.field;
          error.status = response.status;
          throw error;
        }
        return json;
      });
    }, function () { throw new Error(text('offline')); });
  }

  // A list comes under its name: {"services": [...]}.
  function list(json, name) {
    return json[name] || [];
  }

  function button(label, detail, onClick) {
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    if (detail) {
      var small = document.createElement('small');
      small.textContent = detail;
      b.appendChild(small);
    }
    b.addEventListener('click', onClick);
    return b;
  }

  var steps = ['services', 'master', 'date', 'time', 'contact', 'done'];

  // What she has chosen so far, above the step she is on.
  function choice(step) {
    var at = steps.indexOf(step);
    var parts = [];
    if (at > 0 && at < 5) {
      parts.push(chosenServices().map(function (s) { return s.title; }).join(', '));
    }
    if (at > 1 && at < 5) {
      parts.push(state.masterName || text('anyMaster'));
    }
    if (at > 2 && at < 5) {
      parts.push(day(state.date) + (at > 3 && state.time ? ' ' + state.time : ''));
    }
    return parts.join(' \u00b7 ');
  }

  function show(step) {
    state.step = step;
    steps.forEach(function (s) { $(s).hidden = s !== step; });
    $('choice').textContent = choice(step);
    $('choice').hidden = $('choice').textContent === '';
    $('back').hidden = step === 'services' || step === 'done';
    say('');
  }

  function fail(error) {
    say(error.message);
  }

  function chosenServices() {
    return state.services.filter(function (s) { return state.chosen[s.id]; });
  }

  function serviceIds() {
    return chosenServices().map(function (s) { return s.id; }).join(',');
  }

  function query(extra) {
    var q = 'service_ids=' + serviceIds();
    if (state.employeeId) {
      q += '&employee_id=' + state.employeeId;
    }
    return q + (extra || '');
  }

  function loadCompany() {
    return api('GET', '/companies').then(function (json) {
      var company = list(json, 'companies').filter(function (c) { return String(c.company_id) === companyId; })[0];
      if (!company) {
        throw new Error(text('unknownCompany'));
      }
      $('company-name').textContent = company.company_name;
      $('company-address').textContent = company.company_address || '';
    });
  }

  function loadServices() {
    var base = '/companies/' + companyId;
    return Promise.all([api('GET', base + '/categories'), api('GET', base + '/services')]).then(function (both) {
      var categories = list(both[0], 'categories');
      state.services = list(both[1], 'services').map(function (s) { s.id = s.service_id; return s; });
      state.chosen = {};
      var box = $('service-list');
      box.textContent = '';
      var groups = categories.map(function (c) { return { id: c.category_id, name: c.name }; }).concat([{ id: null, name: '' }]);
      groups.forEach(function (group) {
        var members = state.services.filter(function (s) { return (s.category_id || null) === group.id; });
        if (members.length === 0) {
          return;
        }
        if (group.name) {
          var heading = document.createElement('div');
          heading.className = 'category';
          heading.textContent = group.name;
          box.appendChild(heading);
        }
        members.forEach(function (s) { box.appendChild(serviceRow(s)); });
      });
      show('services');
    });
  }

  function serviceRow(service) {
    var row = document.createElement('label');
    row.className = 'service';
    var box = document.createElement('input');
    box.type = 'checkbox';
    box.value = service.id;
    box.addEventListener('change', function () {
      state.chosen[service.id] = box.checked;
      var chosen = chosenServices();
      var price = chosen.reduce(function (sum, s) { return sum + Number(s.price); }, 0);
      var minutes = chosen.reduce(function (sum, s) { return sum + s.duration; }, 0);
      $('services-total').textContent = chosen.length ? text('total', money(price), minutes) : '';
      $('services-next').disabled = chosen.length === 0;
    });
    var what = document.createElement('span');
    what.className = 'what';
    what.textContent = service.title;
    var detail = document.createElement('small');
    detail.textContent = text('minutes', service.duration) + (service.description ? ' · ' + service.description : '');
    what.appendChild(detail);
    var price = document.createElement('span');
    price.className = 'price';
    price.textContent = money(service.price);
    row.appendChild(box);
    row.appendChild(what);
    row.appendChild(price);
    return row;
  }

  function loadMasters() {
    return api('GET', '/companies/' + companyId + '/employees?service_ids=' + serviceIds()).then(function (json) {
      var box = $('master-list');
      box.textContent = '';
      box.appendChild(button(text('anyMaster'), '', function () { chooseMaster(null, null); }));
      list(json, 'employees').forEach(function (e) {
        box.appendChild(button(e.name, e.job_title || e.information || '', function () { chooseMaster(e.employee_id, e.name); }));
      });
      show('master');
    });
  }

  function chooseMaster(id, name) {
    state.employeeId = id;
    state.masterName = name;
    loadDates().catch(fail);
  }

  function loadDates() {
    return api('GET', '/companies/' + companyId + '/dates?' + query('&days_limit=30')).then(function (json) {
      var dates = list(json, 'dates');
      var box = $('date-list');
      box.textContent = '';
      dates.forEach(function (d) {
        var b = button(day(d), '', function () { chooseDate(d); });
        b.setAttribute('data-date', d);
        box.appendChild(b);
      });
      show('date');
      if (dates.length === 0) {
        say(text('noDates'));
      }
    });
  }

  function chooseDate(date) {
    state.date = date;
    loadSlots().catch(fail);
  }

  function loadSlots(message) {
    var path = '/companies/' + companyId + '/slots?' + query('&date=' + state.date);
    return api('GET', path).then(function (json) {
      var slots = list(json, 'slots');
      var box = $('time-list');
      box.textContent = '';
      slots.forEach(function (t) {
        var b = button(t, '', function () { chooseTime(t); });
        b.setAttribute('data-time', t);
        box.appendChild(b);
      });
      show('time');
      say(message || (slots.length === 0 ? text('noSlots') : ''));
    });
  }

  // The chosen time is held by a lease while the client types her name; losing the race sends her back to the times.
  function chooseTime(time) {
    var body = { company_id: Number(companyId), service_ids: chosenServices().map(function (s) { return s.id; }),
                 date: state.date, time: time };
    if (state.employeeId) {
      body.employee_id = state.employeeId;
    }
    api('POST', '/leases', body).then(function (lease) {
      state.time = time;
      state.lease = lease;
      state.idempotencyKey = newKey();
      $('held').textContent = text('held', clock(lease.expires_at));
      show('contact');
      $('name').focus();
    }).catch(function (error) {
      if (error.status === 409) {
        loadSlots(text('leaseLost')).catch(fail);
      } else {
        fail(error);
      }
    });
  }

  function releaseLease() {
    if (state.lease) {
      api('DELETE', '/leases/' + state.lease.lease_id).catch(function () { /* it expires by itself */ });
      state.lease = null;
    }
  }

  function newKey() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    return 'page-' + Date.now() + '-' + Math.random().toString(36).slice(2);
  }

  function filled(id) {
    var input = $(id);
    var ok = input.value.trim() !== '';
    input.setAttribute('aria-invalid', ok ? 'false' : 'true');
    return ok;
  }

  function book(event) {
    event.preventDefault();
    var ok = filled('name') & filled('phone');
    if (!ok) {
      say(text('required'));
      return;
    }
    var user = { name: $('name').value.trim(), phone: $('phone').value.trim() };
    if ($('surname').value.trim()) {
      user.surname = $('surname').value.trim();
    }
    if ($('email').value.trim()) {
      user.email = $('email').value.trim();
    }
    var body = { company_id: Number(companyId), service_ids: chosenServices().map(function (s) { return s.id; }),
                 date: state.date, time: state.time, employee_id: state.lease.employee_id,
                 lease_id: state.lease.lease_id, user_information: user };
    if ($('note').value.trim()) {
      body.note = $('note').value.trim();
    }
    $('book').disabled = true;
    $('book').textContent = text('booking');
    // The same Idempotency-Key on a retry (a lost answer, a double click) returns the first booking.
    api('POST', '/bookings', body, { 'Idempotency-Key': state.idempotencyKey }).then(function (json) {
      state.lease = null;
      showDone(json.booking);
    }).catch(function (error) {
      var input = error.field && $(String(error.field).split('.').pop());
      if (input) {
        input.setAttribute('aria-invalid', 'true');
      }
      if (error.status === 409) {
        state.lease = null;
        loadSlots(error.message).catch(fail);
      } else {
        fail(error);
      }
    }).then(function () {
      $('book').disabled = false;
      $('book').textContent = text('book');
    });
  }

  function showDone(booking) {
    $('done-number').textContent = text('done.number', booking.booking_number || booking.booking_id);
    $('done-when').textContent = text('done.when', day(booking.booking_date), booking.booking_time);
    $('done-master').textContent = text('done.master', booking.employee_name);
    $('done-services').textContent = text('done.services', (booking.service_names || []).join(', '));
    $('done-total').textContent = text('done.total', money(booking.total_cost));
    show('done');
  }

  function back() {
    var previous = { master: 'services', date: 'master', time: 'date', contact: 'time' }[state.step];
    if (state.step === 'contact') {
      releaseLease();
      loadSlots().catch(fail);
      return;
    }
    if (previous) {
      show(previous);
    }
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-text]'), function (element) {
    element.textContent = text(element.getAttribute('data-text'));
  });
  $('services-next').addEventListener('click', function () { loadMasters().catch(fail); });
  $('contact').addEventListener('submit', book);
  $('back').addEventListener('click', back);
  $('again').addEventListener('click', function () {
    $('contact').reset();
    loadServices().catch(fail);
  });
  window.addEventListener('pagehide', releaseLease);

  if (!key) {
    say(text('noKey'));
    return;
  }
  say(text('loading'));
  loadCompany().then(loadServices).catch(fail);
})();

/*
 * The hall display, live (issue #22.5): the server pushes the day's latest calls on connecting
 * ({type: "board"}) and each new call as the desk dispatches it ({type: "call"}). A new call becomes
 * the large one, flashes and is announced in Chinese by the browser's speech synthesis — only calls
 * that arrive after the page loaded, and only where the browser can speak (browsers ask for one
 * click on the page before they let it speak). A revoked link closes with 4404: the page reloads
 * into the not-found page. Any other loss of the connection: reconnect, backing off up to 30 s.
 */
(function () {
    'use strict';
    var root = document.getElementById('display');
    if (!root) {
        return;
    }
    var GONE = 4404;
    var shown = parseInt(root.getAttribute('data-shown'), 10) || 9;
    var announcement = root.getAttribute('data-announce') || '请 {0} 号到{1}';
    var status = document.getElementById('display-live');
    var now = document.getElementById('display-now');
    var nowTicket = document.getElementById('display-now-ticket');
    var nowRoom = document.getElementById('display-now-room');
    var none = document.getElementById('display-none');
    var board = document.getElementById('display-board');
    var voiceButton = document.getElementById('display-voice');
    var calls = readBoard();

    /** The calls the server rendered into the page, newest first. */
    function readBoard() {
        var read = [];
        if (!now.classList.contains('od-hidden')) {
            read.push({ticket: nowTicket.textContent, room: nowRoom.textContent});
        }
        Array.prototype.forEach.call(board.querySelectorAll('.od-display-call'), function (item) {
            read.push({
                ticket: item.querySelector('.od-display-ticket').textContent,
                room: item.querySelector('.od-display-room').textContent
            });
        });
        return read;
    }

    function text(element, value) {
        element.textContent = value == null ? '' : String(value);
    }

    function render() {
        var newest = calls[0];
        now.classList.toggle('od-hidden', !newest);
        none.classList.toggle('od-hidden', !!newest);
        text(nowTicket, newest ? newest.ticket : '');
        text(nowRoom, newest ? newest.room : '');
        while (board.firstChild) {
            board.removeChild(board.firstChild);
        }
        calls.slice(1, shown).forEach(function (call) {
            var item = document.createElement('li');
            item.className = 'od-display-call';
            ['ticket', 'to', 'room'].forEach(function (part) {
                var span = document.createElement('span');
                span.className = 'od-display-' + part;
                span.textContent = part === 'to' ? now.querySelector('.od-display-to').textContent : call[part];
                item.appendChild(span);
            });
            board.appendChild(item);
        });
    }

    function known(ticket) {
        return calls.some(function (call) { return call.ticket === ticket; });
    }

    function called(call) {
        if (known(call.ticket)) {
            return;
        }
        calls.unshift({ticket: call.ticket, room: call.room});
        calls = calls.slice(0, shown);
        render();
        now.classList.remove('od-display-flash');
        void now.offsetWidth; // restarts the animation for a call right after another
        now.classList.add('od-display-flash');
        setTimeout(function () { now.classList.remove('od-display-flash'); }, 4500);
        announce(call);
    }

    // --- speech: Chinese, a Chinese voice when the browser has one; silence where it cannot speak
    var speech = 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function';
    var voice = null;

    function pickVoice() {
        var voices = window.speechSynthesis.getVoices() || [];
        voice = voices.filter(function (v) { return /^zh[-_]CN/i.test(v.lang); })[0]
            || voices.filter(function (v) { return /^zh/i.test(v.lang); })[0]
            || null;
    }

    function say(words) {
        if (!speech) {
            return;
        }
        try {
            var utterance = new window.SpeechSynthesisUtterance(words);
            utterance.lang = 'zh-CN';
            utterance.rate = 0.9;
            if (voice) {
                utterance.voice = voice;
            }
            window.speechSynthesis.speak(utterance);
        } catch (e) {
            // no voice here: the screen still shows the call
        }
    }

    function announce(call) {
        var words = announcement.replace('{0}', call.ticket).replace('{1}', call.room);
        root.setAttribute('data-announced', words);
        say(words);
    }

    if (speech) {
        try {
            pickVoice();
            window.speechSynthesis.onvoiceschanged = pickVoice;
        } catch (e) {
            speech = false;
        }
    }
    if (speech) {
        // browsers let a page speak only after someone used it once: one click on the television
        voiceButton.classList.remove('od-hidden');
        voiceButton.addEventListener('click', function () {
            say('');
            voiceButton.classList.add('od-hidden');
        });
    }

    // --- the clock in the center's time zone
    var clock = document.getElementById('display-clock');
    var zone = root.getAttribute('data-zone') || 'Asia/Shanghai';
    var day = null;
    function tick() {
        try {
            var at = new Date();
            clock.textContent = at.toLocaleTimeString('zh-CN', {timeZone: zone, hour: '2-digit', minute: '2-digit', hour12: false});
            // tickets start again at A001 every day: yesterday's calls leave the screen at midnight
            var today = at.toLocaleDateString('zh-CN', {timeZone: zone});
            if (day !== null && day !== today) {
                calls = [];
                render();
            }
            day = today;
        } catch (e) {
            clock.textContent = '';
        }
    }
    tick();
    setInterval(tick, 10000);

    // --- the live connection
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    var url = scheme + location.host + root.getAttribute('data-live');
    var delay = 1000;
    function connect() {
        var socket = new WebSocket(url);
        socket.onmessage = function (message) {
            var event;
            try {
                event = JSON.parse(message.data);
            } catch (e) {
                return;
            }
            if (event.type === 'board') {
                // the state on (re)connecting: shown as it is, nothing announced
                calls = (event.calls || []).slice(0, shown);
                render();
                status.setAttribute('data-state', 'open');
                delay = 1000;
            } else if (event.type === 'call') {
                called(event);
            }
        };
        socket.onclose = function (closed) {
            status.setAttribute('data-state', 'closed');
            if (closed.code === GONE) {
                location.reload();
                return;
            }
            setTimeout(connect, delay);
            delay = Math.min(delay * 2, 30000);
        };
    }
    connect();
})();

//! Pacing requests to a provider's rate limits: the configured ones (requests per second,
//! characters per minute and, for LLMs, tokens per minute) and the one the provider enforces
//! without saying, which the limiter learns from its 429s. Shared by every lane of a run.
//!
//! Each request is given a start time: the latest of the next free request slot, the times
//! the character and token budgets allow it, and the end of a pause the provider asked for.
//! Tokens are estimated before the request and settled with the count the server reports
//! after it. Slots are spaced `1 / rate` apart, so concurrent lanes keep the rate without
//! bursts, and at most the allowed number of requests are in flight at once.
//!
//! **Learning a limit nobody told us.** DeepL, Google and Microsoft publish no per-key rate,
//! and a server that refuses with 429 also refuses now and then for other reasons (a busy
//! back end, another client on the key). So one refusal is not taken for the limit; what
//! tells the two apart is how many requests went through in the second before it, which the
//! limiter counts from its own log of sends:
//!
//! - `floor`: one more than the most requests ever counted in the second before a request
//!   that then succeeded. The server allows at least that many a second: a success proves it.
//! - A 429 for a request with fewer than `floor` before it in its second cannot be the limit:
//!   it is chance, and only that request waits (its retry honours `Retry-After`). Only when
//!   such refusals pile up (two fifths of three seconds' answers, four at least) is the limit
//!   taken to have come down: `floor` is cut by a quarter and every lane pauses.
//! - A 429 with `floor` or more before it is a suspect. Before the limit is known, while a
//!   suspect stands no request starts with `floor` others in its second, so that only what
//!   was already on its way can be refused; a success with as many before it shows the
//!   suspect was chance and lifts the hold. Two suspects within a second are the limit once
//!   it is known; before, three standing, or two that are three tenths of the second's
//!   answers. Then every lane pauses for the `Retry-After` asked (1 s when none), counted
//!   from when the first refused request of the burst left (the server refused it no
//!   earlier; later refusals of requests that left before the pause began are of the same
//!   burst and do not begin it again); from then on slots
//!   are spaced `1 / floor` s apart, no request starts while `floor − 1` others are in its
//!   second (with 25 ms to spare), and fewer requests are let in flight (what that pace needs
//!   at the measured round trip, plus one), which runs of successes win back one at a time.
//! - The pace rises again slowly: after a quiet spell (1 s, or ten requests' time at a pace
//!   below ten a second, doubling after each probe refused up to a minute) one probe, a single request, goes with `floor` others in its second. Its
//!   success raises `floor` by one; its refusal costs that one request, and no pause. A
//!   refused request is not counted by the server, so the slots reserved while the probe
//!   still counted in their second are given out again (at 5 a second, each refused probe
//!   had cost the next request 200 ms).
//! - Our clock (when a request left) and the server's (when it arrived) differ, so a second
//!   that held `floor` sends by ours may have held one fewer by the server's: a success
//!   other than a probe counts only the sends of the second shortened by the spread of the
//!   recent round trips (25 ms at least). A raise is then on trial: its answers are weighed
//!   (a sequential probability ratio test) between chance alone, at the share refused at
//!   the pace before, and chance plus one refusal in `floor`, what a pace one above the
//!   limit costs. Found wrong, the pace goes back, the next probe waits twice as long, and
//!   only a probe may raise it that far again.
//!
//! A configured rate always wins when it is lower than the learned one. Characters and
//! tokens per minute are paced only as configured.
//!
//! A request may carry a rank ([`Limiter::acquire_ranked`]): a free turn goes to the lowest
//! rank waiting. The parts of a run overlap and rank by their order (see
//! [`super::overlap`]), so the earlier part's last requests are not held back by the next.
//!
//! Time is tokio's clock ([`tokio::time::Instant`]), which is the system's monotonic clock in
//! a running program; tests pause it, so that pacing is asserted to the nanosecond instead of
//! within a window of real time.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::Duration;
use tokio::sync::Notify;
use tokio::time::Instant;

/// Configured limits; `None` means unlimited.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Limits {
    pub requests_per_second: Option<f64>,
    pub chars_per_minute: Option<f64>,
    pub tokens_per_minute: Option<f64>,
}

/// The window a provider's request limit is counted in: a second, as DeepL's and Microsoft's
/// 429s say (`Retry-After: 1`).
const WINDOW: Duration = Duration::from_secs(1);
/// Kept between a request and the one `floor` requests before it beyond the window: the
/// jitter between when a request leaves and when the server counts it. More slack costs
/// pace (50 ms brought the simulated 20/s run down to 80 % of its rate).
const SLACK: Duration = Duration::from_millis(25);
/// The quiet spell before a probe, doubled after each refused one up to the maximum.
const PROBE_WAIT: Duration = Duration::from_secs(1);
const PROBE_WAIT_MAX: Duration = Duration::from_secs(60);
/// The quiet spell lasts at least this many requests at the pace: a refused probe costs one
/// request, so at a slow pace (5 a second) probes are spaced out to cost no more than one
/// request in this many, as at a fast one.
const PROBE_SPACING: f64 = 10.0;
/// What a pause lasts when the server did not say, and the longest one it may ask for (a
/// longer wait is the retry policy's to refuse, see `send::decide`).
const PAUSE_DEFAULT: Duration = Duration::from_secs(1);
const PAUSE_MAX: Duration = Duration::from_secs(60);
/// How far back chance refusals are weighed against the answers around them.
const CHANCE_SPAN: Duration = Duration::from_secs(3);
/// How long sends are remembered, and how many at most: enough for the window of any
/// request still waiting for its answer.
const LOG_AGE: Duration = Duration::from_secs(120);
const LOG_MAX: usize = 16_384;
/// Successes in a row that win back one request in flight.
const SUCCESSES_PER_LANE: u32 = 8;
/// Round trips remembered to tell how unevenly requests reach the server.
const ROUND_TRIPS: usize = 16;
/// The odds at which a raised pace is judged wrong, and right: one right raise in twenty is
/// undone (it costs a step of the pace until a probe wins it back), one wrong in ten kept
/// (it costs one request in `floor`, refused, until a trial after the next raise undoes it).
const WRONG_ODDS: f64 = 19.0;
const RIGHT_ODDS: f64 = 9.0;

/// A pace just raised (or first found), on trial: its answers are weighed, one by one,
/// between two explanations of the refusals among them: chance alone, at the share seen
/// at the pace before, or chance and the limit, which refuses one request in `floor` when
/// the pace is one above it (a sequential probability ratio test).
#[derive(Clone, Copy, Debug)]
struct Trial {
    /// The pace before the raise, to come back to if it was wrong.
    from: u32,
    /// Only requests reserved from this id on went at the raised pace.
    first_id: u64,
    /// The log of the likelihood ratio so far: wrong over right.
    evidence: f64,
}

/// A refusal with `floor` or more before it in its second: the limit, or chance.
#[derive(Clone, Copy, Debug)]
struct Suspect {
    /// When it was answered, and when it left.
    answered: Instant,
    sent: Instant,
    /// The requests counted in the second before it.
    counted: u32,
}

/// One request let go (or about to be, at `at`), as the log remembers it.
#[derive(Clone, Copy, Debug)]
struct Sent {
    id: u64,
    at: Instant,
    /// Refused as over the limit (a suspect): the server did not count it.
    refused: bool,
    /// A probe: its refusal is the probe's answer, not a new sign of the limit.
    probe: bool,
    /// Gone (not only reserved): [`Limiter::sent_now`] logged it.
    left: bool,
}

#[derive(Debug)]
struct State {
    next_request: Instant,
    next_chars: Instant,
    next_tokens: Instant,
    /// No request starts before this: the provider asked every lane to wait.
    paused_until: Instant,
    /// Every send of the last while, in the order of their start times.
    sends: VecDeque<Sent>,
    next_id: u64,
    /// The provider allows at least this many requests a second (0: nothing learned yet).
    floor: u32,
    /// Refusals at or above `floor` showed the limit: the pace follows `floor`.
    found: bool,
    /// The recent suspects, not shown to be chance since (see [`Suspect`]).
    suspects: VecDeque<Suspect>,
    /// When the last pause was decided: a refusal of a request sent before it is of the
    /// burst that pause answered, and does not begin another.
    paused_at: Option<Instant>,
    /// When the recent chance refusals and successes came.
    chance: VecDeque<Instant>,
    successes: VecDeque<Instant>,
    /// The next probe may start then, unless one is on its way.
    probe_at: Instant,
    probe_wait: Duration,
    probe_in_flight: Option<u64>,
    /// A smoothed round trip of successful requests, in seconds, and the last few.
    round_trip: Option<f64>,
    round_trips: VecDeque<f64>,
    /// The raised pace on trial, if any; a probe that raises it again takes the trial over
    /// (the pace it rose from held until then).
    trial: Option<Trial>,
    /// A pace a trial showed to be over the limit: only a probe may raise it that far again.
    ceiling: Option<u32>,
    /// Answers to requests at a pace not on trial, and the refusals among them: the share
    /// chance refuses, which a trial weighs its answers against.
    paced_answers: u32,
    paced_refusals: u32,
    in_flight: usize,
    allowed_in_flight: usize,
    successes_in_a_row: u32,
    /// Requests waiting for a turn, counted by rank: a free turn goes to the lowest.
    waiting: std::collections::BTreeMap<usize, usize>,
}

#[derive(Debug)]
pub struct Limiter {
    limits: Limits,
    /// The configured concurrency: the most requests ever in flight.
    max_in_flight: usize,
    state: Mutex<State>,
    /// Told when a request in flight ends, so that one waiting for its turn looks again.
    freed: Notify,
    /// Told when reservations were made void (see [`State::void_reservations`]), so that the
    /// requests that held them reserve again.
    voided: Notify,
}

/// A turn in flight, given back when dropped.
#[derive(Debug)]
struct Turn<'a>(&'a Limiter);

impl Drop for Turn<'_> {
    fn drop(&mut self) {
        if let Ok(mut state) = self.0.state.lock() {
            state.in_flight = state.in_flight.saturating_sub(1);
        }
        self.0.freed.notify_waiters();
    }
}

/// A request waiting for a turn, counted under its rank until it has one or is dropped.
struct Waiting<'a>(&'a Limiter, usize);

impl<'a> Waiting<'a> {
    fn new(limiter: &'a Limiter, rank: usize) -> Self {
        if let Ok(mut state) = limiter.state.lock() {
            *state.waiting.entry(rank).or_default() += 1;
        }
        Waiting(limiter, rank)
    }
}

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        if let Ok(mut state) = self.0.state.lock() {
            if let Some(count) = state.waiting.get_mut(&self.1) {
                *count -= 1;
                if *count == 0 {
                    state.waiting.remove(&self.1);
                }
            }
        }
        // The requests it kept waiting look again.
        self.0.freed.notify_waiters();
    }
}

/// A slot reserved and logged, forgotten again if its request never goes (a pause overtook
/// it, or the run stopped while it waited).
struct Reservation<'a>(&'a Limiter, u64);

impl Drop for Reservation<'_> {
    fn drop(&mut self) {
        self.0.cancel(self.1);
    }
}

/// A request let go by the limiter; its outcome is told back through [`Limiter::succeeded`]
/// or [`Limiter::rate_limited`]. Dropping it ends its time in flight.
#[derive(Debug)]
pub struct Ticket<'a> {
    id: u64,
    turn: Turn<'a>,
}

impl Drop for Ticket<'_> {
    fn drop(&mut self) {
        if let Ok(mut state) = self.turn.0.state.lock() {
            if state.probe_in_flight == Some(self.id) {
                // Failed some other way (a timeout, a server error): no answer; try later.
                state.probe_in_flight = None;
                state.probe_at = Instant::now() + state.probe_wait;
            }
        }
    }
}

/// Drops the times older than `span` before `now`; returns how many are left.
fn recent(times: &mut VecDeque<Instant>, now: Instant, span: Duration) -> usize {
    while times
        .front()
        .is_some_and(|t| now.duration_since(*t) >= span)
    {
        times.pop_front();
    }
    times.len()
}

/// How many of the times are less than `span` before `now`.
fn within(times: &VecDeque<Instant>, now: Instant, span: Duration) -> usize {
    times
        .iter()
        .rev()
        .take_while(|t| now.duration_since(**t) < span)
        .count()
}

impl State {
    /// Where send `id` is in the log.
    fn position(&self, id: u64) -> Option<usize> {
        self.sends.iter().rposition(|s| s.id == id)
    }

    /// Requests the server counted in the second before send `id`: every send of that
    /// second but the ones refused as over the limit. With a `margin`, only the sends of the
    /// second shortened by it: those the server surely counted too, though its clock (when
    /// each arrived) differs from ours (when each left) by up to that.
    fn counted_before(&self, id: u64, margin: Duration) -> u32 {
        let Some(at) = self.position(id) else {
            return 0;
        };
        let start = self.sends[at].at;
        let window = WINDOW.saturating_sub(margin);
        let counted = self
            .sends
            .range(..at)
            .rev()
            .take_while(|s| start.duration_since(s.at) < window)
            .filter(|s| !s.refused)
            .count();
        u32::try_from(counted).unwrap_or(u32::MAX)
    }

    /// Makes void the reservations not yet due (a refused probe had counted in the second
    /// they were fitted into: at 5 a second it cost the next request a slot, 200 ms), and
    /// sets the next slot to follow the last request gone at `pace`; returns whether there
    /// were any.
    fn void_reservations(&mut self, now: Instant, pace: Option<f64>) -> bool {
        let before = self.sends.len();
        self.sends.retain(|s| s.left || s.at <= now);
        if self.sends.len() == before {
            return false;
        }
        let last = self.sends.iter().rev().find(|s| !s.refused).map(|s| s.at);
        self.next_request = match (last, pace) {
            (Some(at), Some(rps)) => at + secs(1.0 / rps),
            _ => now,
        };
        true
    }

    /// Sends the server counts in the second before `at`.
    fn counted_in_window(&self, at: Instant) -> u32 {
        let counted = self
            .sends
            .iter()
            .rev()
            .skip_while(|s| s.at > at)
            .take_while(|s| at.duration_since(s.at) < WINDOW)
            .filter(|s| !s.refused)
            .count();
        u32::try_from(counted).unwrap_or(u32::MAX)
    }

    /// The earliest a request may start so that at most `others` counted sends are in the
    /// second before it (and `SLACK` to spare).
    fn window_allows(&self, others: u32) -> Option<Instant> {
        let nth = usize::try_from(others).ok()?;
        let oldest = self.sends.iter().rev().filter(|s| !s.refused).nth(nth)?;
        Some(oldest.at + WINDOW + SLACK)
    }

    /// How far the server's count of a second may be from ours: the spread of the recent
    /// round trips (a request that took longer may have reached the server later), and
    /// never less than the slack the pace keeps.
    fn margin(&self) -> Duration {
        let longest = self.round_trips.iter().copied().fold(f64::MIN, f64::max);
        let shortest = self.round_trips.iter().copied().fold(f64::MAX, f64::min);
        let spread = secs((longest - shortest).max(0.0));
        spread.clamp(SLACK, WINDOW / 4)
    }

    /// Weighs a trial's answer, if it is one (see [`Trial`]); returns whether the raise
    /// proved wrong and was undone.
    fn weigh(&mut self, id: u64, refused: bool, now: Instant) -> bool {
        let Some(mut trial) = self.trial.filter(|t| id >= t.first_id) else {
            if self.found && self.trial.is_none() {
                self.paced_answers += 1;
                self.paced_refusals += u32::from(refused);
            }
            return false;
        };
        // Chance's share as seen so far, from one refusal in ten answers before any: the
        // prior counts for little once a few seconds have been answered.
        let chance =
            (f64::from(self.paced_refusals) + 1.0) / (f64::from(self.paced_answers) + 10.0);
        let chance = chance.clamp(0.01, 0.5);
        let over = chance + (1.0 - chance) / f64::from(self.floor.max(1));
        trial.evidence += if refused {
            (over / chance).ln()
        } else {
            ((1.0 - over) / (1.0 - chance)).ln()
        };
        if trial.evidence >= WRONG_ODDS.ln() {
            tracing::debug!(
                floor = trial.from,
                "rate limit: the raised pace was over the limit; back to the one before"
            );
            self.ceiling = Some(self.floor);
            self.floor = trial.from;
            self.trial = None;
            self.probe_at = now + self.longer_probe_wait();
            return true;
        }
        self.trial = (trial.evidence > -RIGHT_ODDS.ln()).then_some(trial);
        false
    }

    /// The shortest quiet spell before a probe at the pace now: a second, or the time
    /// [`PROBE_SPACING`] requests take.
    fn base_probe_wait(&self) -> Duration {
        let pace = f64::from(self.floor.max(1));
        PROBE_WAIT.max(Duration::from_secs_f64(PROBE_SPACING / pace))
    }

    /// The quiet spell doubled after a refused probe (or a raise found wrong).
    fn longer_probe_wait(&mut self) -> Duration {
        self.probe_wait = (self.probe_wait.max(self.base_probe_wait()) * 2).min(PROBE_WAIT_MAX);
        self.probe_wait
    }

    /// Puts the pace on trial from `from`: the requests reserved from now on go at it.
    fn try_pace(&mut self, from: u32) {
        if from > 0 {
            self.trial = Some(Trial {
                from,
                first_id: self.next_id,
                evidence: 0.0,
            });
        }
    }

    /// How many suspects answered in the last second still stand (the older are forgotten).
    fn standing(&mut self, now: Instant) -> usize {
        while self
            .suspects
            .front()
            .is_some_and(|s| now.duration_since(s.answered) >= WINDOW)
        {
            self.suspects.pop_front();
        }
        self.suspects.len()
    }

    /// Pauses every lane for `wait` from `from` (when the first refused request of the burst
    /// left: the server refused it no earlier, and a sliding second has room again a second
    /// after what filled it) and lets in flight only what the pace needs.
    fn pause(&mut self, now: Instant, from: Instant, wait: Duration, max_in_flight: usize) {
        tracing::debug!(
            floor = self.floor,
            ?wait,
            "rate limit: every lane pauses; the pace follows {} requests a second",
            self.floor.max(1)
        );
        self.found = true;
        self.paused_at = Some(now);
        self.paused_until = self.paused_until.max(from.min(now) + wait.min(PAUSE_MAX));
        self.probe_wait = self.probe_wait.max(self.base_probe_wait());
        self.probe_at = self.probe_at.max(self.paused_until + self.probe_wait);
        let pace = f64::from(self.floor.max(1));
        let needed = match self.round_trip {
            Some(rtt) => (pace * rtt).ceil() as usize + 1,
            None => max_in_flight.div_ceil(2),
        };
        self.allowed_in_flight = needed.clamp(1, max_in_flight).min(self.allowed_in_flight);
        self.successes_in_a_row = 0;
    }
}

impl Limiter {
    pub fn new(limits: Limits) -> Self {
        let now = Instant::now();
        Limiter {
            limits,
            max_in_flight: usize::MAX,
            state: Mutex::new(State {
                next_request: now,
                next_chars: now,
                next_tokens: now,
                paused_until: now,
                sends: VecDeque::new(),
                next_id: 0,
                floor: 0,
                found: false,
                suspects: VecDeque::new(),
                paused_at: None,
                chance: VecDeque::new(),
                successes: VecDeque::new(),
                probe_at: now,
                probe_wait: PROBE_WAIT,
                probe_in_flight: None,
                round_trip: None,
                round_trips: VecDeque::new(),
                trial: None,
                ceiling: None,
                paced_answers: 0,
                paced_refusals: 0,
                in_flight: 0,
                allowed_in_flight: usize::MAX,
                successes_in_a_row: 0,
                waiting: std::collections::BTreeMap::new(),
            }),
            freed: Notify::new(),
            voided: Notify::new(),
        }
    }

    /// At most `concurrency` requests in flight at once (the profile's `concurrency`).
    pub fn with_concurrency(mut self, concurrency: usize) -> Self {
        self.max_in_flight = concurrency.max(1);
        if let Ok(state) = self.state.get_mut() {
            state.allowed_in_flight = self.max_in_flight;
        }
        self
    }

    /// Reserves a slot for a request carrying `chars` characters and an estimated `tokens`,
    /// logged as sent at its start; returns how long to wait and its id.
    fn reserve_logged(&self, chars: u64, tokens: u64) -> (Duration, u64) {
        let Ok(mut state) = self.state.lock() else {
            return (Duration::ZERO, 0);
        };
        let now = Instant::now();
        // A request starts when its budgets and any pause allow, and its slot: the
        // configured rate's, and once the limit showed itself the learned one's, where the
        // window must also have room for it.
        let budgets = now
            .max(state.next_chars)
            .max(state.next_tokens)
            .max(state.paused_until);
        let configured = self.limits.requests_per_second.filter(|r| *r > 0.0);
        let floor = state.floor.max(1);
        // After the last send reserved, with room enough not to overtake it on the way.
        let last = state.sends.back().map_or(now, |s| s.at + SLACK);
        // A probe only tells something with `floor` others in its second: it waits for a
        // moment when the window is that full.
        let probe = state.found
            && state.probe_in_flight.is_none()
            && now >= state.probe_at
            && state.counted_in_window(budgets.max(last)) >= floor;
        // A probe squeezes in between the slots, unless a configured rate spaces every
        // request.
        let squeeze = probe && configured.is_none();
        let mut start = if squeeze {
            budgets.max(last)
        } else {
            budgets.max(state.next_request)
        };
        // Before the limit is known, a suspect standing holds the second to what has gone
        // through, until it is shown to be chance or more refusals show the limit: what is
        // sent meanwhile would only add to them.
        // Not with a configured rate: it paces every request already, and holding it back
        // cost a tenth of the configured bench's rate (86.5 % -> 80.6 % with a tenth refused).
        let holding = configured.is_none() && !state.found && state.standing(now) > 0;
        if state.found || holding {
            let others = if probe { floor } else { floor - 1 };
            if let Some(allowed) = state.window_allows(others) {
                start = start.max(allowed);
            }
        }
        if let (Some(rps), false) = (self.pace(&state), squeeze) {
            state.next_request = start + secs(1.0 / rps);
        }
        if let Some(cpm) = self.limits.chars_per_minute.filter(|c| *c > 0.0) {
            // Its characters are paid off at the configured rate before the next may start.
            state.next_chars = start + secs(chars as f64 * 60.0 / cpm);
        }
        if let Some(tpm) = self.limits.tokens_per_minute.filter(|t| *t > 0.0) {
            state.next_tokens = start + secs(tokens as f64 * 60.0 / tpm);
        }
        let id = state.next_id;
        state.next_id += 1;
        if probe {
            state.probe_in_flight = Some(id);
        }
        while state.sends.len() >= LOG_MAX
            || state
                .sends
                .front()
                .is_some_and(|s| now.saturating_duration_since(s.at) > LOG_AGE)
        {
            state.sends.pop_front();
        }
        // Starts only grow (each is at least the last slot), but a probe's may come before
        // a slot reserved earlier: kept in order of start.
        let at = state
            .sends
            .iter()
            .rposition(|s| s.at <= start)
            .map_or(0, |p| p + 1);
        state.sends.insert(
            at,
            Sent {
                id,
                at: start,
                refused: false,
                probe,
                left: false,
            },
        );
        (start.saturating_duration_since(now), id)
    }

    /// The rate requests are spaced at, if any: the configured one, the learned one once the
    /// limit showed itself, or the lower of the two.
    fn pace(&self, state: &State) -> Option<f64> {
        let configured = self.limits.requests_per_second.filter(|r| *r > 0.0);
        let learned = state.found.then(|| f64::from(state.floor.max(1)));
        match (configured, learned) {
            (Some(c), Some(l)) => Some(c.min(l)),
            (c, l) => c.or(l),
        }
    }

    /// Reserves a slot for a request carrying `chars` characters and an estimated `tokens`;
    /// returns how long to wait.
    pub fn reserve(&self, chars: u64, tokens: u64) -> Duration {
        self.reserve_logged(chars, tokens).0
    }

    /// Logs send `id` as gone now, in order; false when its reservation was made void
    /// meanwhile (it must reserve again).
    fn sent_now(&self, id: u64) -> bool {
        let Ok(mut state) = self.state.lock() else {
            return true;
        };
        let Some(at) = state.position(id) else {
            return false;
        };
        let Some(mut sent) = state.sends.remove(at) else {
            return false;
        };
        sent.at = sent.at.max(Instant::now());
        sent.left = true;
        let at = state
            .sends
            .iter()
            .rposition(|s| s.at <= sent.at)
            .map_or(0, |p| p + 1);
        state.sends.insert(at, sent);
        true
    }

    /// Forgets a reservation that a pause overtook.
    fn cancel(&self, id: u64) {
        if let Ok(mut state) = self.state.lock() {
            if let Some(at) = state.position(id) {
                state.sends.remove(at);
            }
            if state.probe_in_flight == Some(id) {
                state.probe_in_flight = None;
            }
        }
    }

    /// Waits for a turn in flight, then for a slot (again if a pause began meanwhile).
    pub async fn acquire(&self, chars: u64, tokens: u64) -> Ticket<'_> {
        self.acquire_ranked(0, chars, tokens).await
    }

    /// [`Limiter::acquire`] for a request of `rank`: a free turn goes to a waiting request
    /// of the lowest rank first. A run's parts overlap (see [`super::overlap`]) and rank
    /// by their order, so that the earlier part, whose rows are written first and whose
    /// end lets the next part begin, is not held back by the one after it.
    pub async fn acquire_ranked(&self, rank: usize, chars: u64, tokens: u64) -> Ticket<'_> {
        let waiting = Waiting::new(self, rank);
        let turn = loop {
            let freed = self.freed.notified();
            tokio::pin!(freed);
            // Registered before looking, so that a release in between is not missed.
            freed.as_mut().enable();
            if let Ok(mut state) = self.state.lock() {
                let first = state.waiting.keys().next().is_none_or(|&r| r >= rank);
                if first && state.in_flight < state.allowed_in_flight {
                    state.in_flight += 1;
                    break Turn(self);
                }
            }
            freed.await;
        };
        // No longer waiting: a request of a higher rank may have the next free turn.
        drop(waiting);
        loop {
            let voided = self.voided.notified();
            tokio::pin!(voided);
            // Registered before reserving, so that a slot made void in between is not missed.
            voided.as_mut().enable();
            let (wait, id) = self.reserve_logged(chars, tokens);
            let reservation = Reservation(self, id);
            if !wait.is_zero() {
                tokio::select! {
                    () = tokio::time::sleep(wait) => {}
                    () = &mut voided => continue,
                }
            }
            let paused_until = self.state.lock().map_or(Instant::now(), |s| s.paused_until);
            if paused_until <= Instant::now() {
                // Sent: the log keeps it, at the time it really went (a timer may be late).
                std::mem::forget(reservation);
                if self.sent_now(id) {
                    return Ticket { id, turn };
                }
                continue;
            }
            // A pause began while it waited: its slot is void, it queues again after it.
            drop(reservation);
            tokio::time::sleep_until(paused_until).await;
        }
    }

    /// The request went through: the provider allows at least as many a second as it had
    /// counted before it; its round trip and a run of them win back requests in flight.
    pub fn succeeded(&self, ticket: &Ticket<'_>) {
        let Ok(mut state) = self.state.lock() else {
            return;
        };
        let now = Instant::now();
        if let Some(sent) = state.position(ticket.id).map(|p| state.sends[p]) {
            let rtt = now.saturating_duration_since(sent.at).as_secs_f64();
            state.round_trip = Some(state.round_trip.map_or(rtt, |r| 0.8 * r + 0.2 * rtt));
            state.round_trips.push_back(rtt);
            if state.round_trips.len() > ROUND_TRIPS {
                state.round_trips.pop_front();
            }
        }
        state.weigh(ticket.id, false, now);
        let mut lifted = false;
        if !state.found {
            // As many before it went through: the suspects with no more before them were
            // chance.
            let full = state.counted_before(ticket.id, Duration::ZERO);
            let before = state.suspects.len();
            state.suspects.retain(|s| s.counted > full);
            if before > 0 && state.suspects.is_empty() {
                // The hold is lifted: the requests it gave a later start reserve again (a
                // chance refusal early in a run had held half the lanes for a second).
                let pace = self.pace(&state);
                lifted = state.void_reservations(now, pace);
            }
        }
        let probe = state.probe_in_flight == Some(ticket.id);
        // A probe tells whether one more fits; anything else only counts what the server
        // surely counted too, and stays below a pace a trial found over the limit.
        let counted = if probe {
            state.counted_before(ticket.id, Duration::ZERO)
        } else {
            let counted = state.counted_before(ticket.id, state.margin());
            state
                .ceiling
                .map_or(counted, |c| counted.min(c.saturating_sub(2)))
        };
        let raised = counted + 1 > state.floor;
        if raised {
            if state.found {
                let from = state.floor;
                state.try_pace(from);
            }
            state.floor = counted + 1;
            if state.ceiling.is_some_and(|c| state.floor >= c) {
                state.ceiling = None;
            }
            tracing::debug!(
                floor = state.floor,
                "rate limit: at least this many a second"
            );
        }
        if probe {
            state.probe_in_flight = None;
            if raised {
                // It found room: the next may come as soon.
                state.probe_wait = state.base_probe_wait();
            }
            state.probe_at = now + state.probe_wait;
        }
        state.successes.push_back(now);
        recent(&mut state.successes, now, CHANCE_SPAN);
        state.successes_in_a_row += 1;
        let freed = state.successes_in_a_row >= SUCCESSES_PER_LANE;
        if freed {
            state.successes_in_a_row = 0;
            state.allowed_in_flight = state
                .allowed_in_flight
                .saturating_add(1)
                .min(self.max_in_flight);
        }
        drop(state);
        if freed {
            self.freed.notify_waiters();
        }
        if lifted {
            self.voided.notify_waiters();
        }
    }

    /// The provider answered 429 (asking to wait `retry_after`, if it said): chance, a
    /// suspect, or, with another suspect in the same second or many chance refusals, the
    /// limit (see the module's documentation).
    pub fn rate_limited(&self, ticket: &Ticket<'_>, retry_after: Option<Duration>) {
        let Ok(mut state) = self.state.lock() else {
            return;
        };
        let now = Instant::now();
        let counted = state.counted_before(ticket.id, Duration::ZERO);
        tracing::debug!(
            counted,
            floor = state.floor,
            probe = state.probe_in_flight == Some(ticket.id),
            "rate limit: refused"
        );
        state.successes_in_a_row = 0;
        let wait = retry_after.unwrap_or(PAUSE_DEFAULT);
        if state.probe_in_flight != Some(ticket.id) && state.weigh(ticket.id, true, now) {
            // The raise was wrong: this refusal is explained.
            if let Some(at) = state.position(ticket.id) {
                state.sends[at].refused = true;
            }
            return;
        }
        if state.probe_in_flight == Some(ticket.id) {
            state.probe_in_flight = None;
            state.probe_at = now + state.longer_probe_wait();
        }
        let sent = state.position(ticket.id).map_or(now, |p| state.sends[p].at);
        if counted >= state.floor {
            let mut probe = false;
            if let Some(at) = state.position(ticket.id) {
                state.sends[at].refused = true;
                probe = state.sends[at].probe;
            }
            if probe {
                // The probe found the limit where it was: the pace stays, no pause. It held
                // a place in the second the server did not count: the slots reserved while
                // it did are given out again.
                let pace = self.pace(&state);
                if state.void_reservations(now, pace) {
                    drop(state);
                    self.voided.notify_waiters();
                }
                return;
            }
            if state.paused_at.is_some_and(|at| sent <= at) {
                // It left before the last pause began: of the burst that pause answered,
                // whose first refusal it is counted from; it waits with the rest.
                return;
            }
            state.suspects.push_back(Suspect {
                answered: now,
                sent,
                counted,
            });
            let suspects = state.standing(now);
            // Before the limit is known every request is at the frontier, and chance
            // refusals come there too: the limit refuses everything beyond it until its
            // second moves on, chance one request in ten. Suspects no success has shown to be
            // chance since (the gate holds new requests back meanwhile, so what answers is
            // what was already on its way), three of them, or a good share of the second's
            // answers, are the limit.
            let through = within(&state.successes, now, WINDOW);
            let standing = suspects >= 3 && self.limits.requests_per_second.is_none();
            let clustered = state.found || standing || suspects * 10 >= (suspects + through) * 3;
            if suspects >= 2 && clustered {
                let from = state.suspects.iter().map(|s| s.sent).min().unwrap_or(sent);
                state.suspects.clear();
                state.pause(now, from, wait, self.max_in_flight);
            }
            return;
        }
        state.chance.push_back(now);
        let chance = recent(&mut state.chance, now, CHANCE_SPAN);
        let successes = recent(&mut state.successes, now, CHANCE_SPAN);
        if chance >= 4 && chance * 5 >= (chance + successes) * 2 {
            // Refused below what went through before, too often for chance: the limit came
            // down (another client shares the key, or the provider lowered it).
            state.chance.clear();
            state.floor = (state.floor * 3 / 4).max(1);
            state.ceiling = None;
            state.trial = None;
            state.pause(now, sent, wait, self.max_in_flight);
        }
    }

    /// Corrects the token budget once the server has said what a request really used.
    pub fn settle_tokens(&self, estimated: u64, used: u64) {
        let Some(tpm) = self.limits.tokens_per_minute.filter(|t| *t > 0.0) else {
            return;
        };
        if let Ok(mut state) = self.state.lock() {
            let seconds = |tokens: u64| secs(tokens as f64 * 60.0 / tpm);
            if used > estimated {
                state.next_tokens += seconds(used - estimated);
            } else {
                let back = seconds(estimated - used);
                state.next_tokens = state
                    .next_tokens
                    .checked_sub(back)
                    .unwrap_or(state.next_tokens);
            }
        }
    }

    /// The limit learned, in requests a second, once one has shown itself.
    pub fn learned_limit(&self) -> Option<u32> {
        self.state
            .lock()
            .ok()
            .and_then(|s| s.found.then_some(s.floor.max(1)))
    }

    #[cfg(test)]
    fn is_probe(&self, ticket: &Ticket<'_>) -> bool {
        self.state
            .lock()
            .is_ok_and(|s| s.probe_in_flight == Some(ticket.id))
    }

    /// The most requests it lets in flight, if it bounds them.
    pub fn in_flight_bound(&self) -> Option<usize> {
        (self.max_in_flight != usize::MAX).then_some(self.max_in_flight)
    }

    /// How many requests may be in flight now.
    pub fn allowed_in_flight(&self) -> usize {
        self.state.lock().map_or(self.max_in_flight, |s| {
            s.allowed_in_flight.min(self.max_in_flight)
        })
    }
}

/// A duration of `seconds`, which may be absurd (a rate of 1e-300 is refused by the
/// configuration, but never trusted here): saturates instead of panicking.
fn secs(seconds: f64) -> Duration {
    Duration::try_from_secs_f64(seconds).unwrap_or(Duration::MAX / 4)
}

#[cfg(test)]
mod tests {
    //! Every test runs on tokio's paused clock: time moves only when every task waits, and then
    //! straight to the next timer, so the times asserted are exact and take no real time.

    use super::*;

    fn per_second(requests: f64) -> Limiter {
        Limiter::new(Limits {
            requests_per_second: Some(requests),
            ..Limits::default()
        })
    }

    fn chars_per_minute(chars: f64) -> Limiter {
        Limiter::new(Limits {
            chars_per_minute: Some(chars),
            ..Limits::default()
        })
    }

    fn tokens_per_minute(tokens: f64) -> Limiter {
        Limiter::new(Limits {
            tokens_per_minute: Some(tokens),
            ..Limits::default()
        })
    }

    /// Sends `chars` and `tokens` for each request through `acquire`, all at once, and returns
    /// when each was let go, from the start.
    async fn released(limiter: &Limiter, requests: &[(u64, u64)]) -> Vec<Duration> {
        let start = Instant::now();
        futures::future::join_all(requests.iter().map(|&(chars, tokens)| async move {
            drop(limiter.acquire(chars, tokens).await);
            start.elapsed()
        }))
        .await
    }

    fn ms(millis: u64) -> Duration {
        Duration::from_millis(millis)
    }

    #[tokio::test(start_paused = true)]
    async fn requests_are_spaced_by_the_rate() {
        // Five slots 100 ms apart: the fifth starts 400 ms from now.
        let limiter = per_second(10.0);
        let waits: Vec<Duration> = (0..5).map(|_| limiter.reserve(0, 0)).collect();
        assert_eq!(waits, [ms(0), ms(100), ms(200), ms(300), ms(400)]);

        // Concurrent requests at 5 a second: the sixth is let go at 1.0 s.
        let limiter = per_second(5.0);
        let times = released(&limiter, &[(0, 0); 6]).await;
        assert_eq!(
            times,
            [ms(0), ms(200), ms(400), ms(600), ms(800), ms(1_000)]
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_slot_left_unused_is_not_saved_up() {
        // The rate spaces requests; it is not a bucket that fills while nothing is sent.
        let limiter = per_second(10.0);
        assert_eq!(limiter.reserve(0, 0), ms(0));
        tokio::time::advance(ms(1_000)).await;
        assert_eq!(limiter.reserve(0, 0), ms(0));
        assert_eq!(limiter.reserve(0, 0), ms(100));
    }

    /// Sends `n` requests one after another, `gap` apart, each answered at once with success.
    async fn succeed(limiter: &Limiter, n: usize, gap: Duration) {
        for _ in 0..n {
            let ticket = limiter.acquire(0, 0).await;
            limiter.succeeded(&ticket);
            tokio::time::advance(gap).await;
        }
    }

    /// Four requests sent together after the ones that went through, refused one after
    /// another until the limiter takes them for the limit (the rest are refused too, as the
    /// limit would); returns how many it took (never one alone).
    async fn refuse_until_found(limiter: &Limiter, retry_after: Option<Duration>) -> usize {
        let mut burst = Vec::new();
        for _ in 0..4 {
            burst.push(limiter.acquire(0, 0).await);
        }
        let mut took = 0;
        for ticket in &burst {
            if limiter.learned_limit().is_none() {
                took += 1;
            }
            limiter.rate_limited(ticket, retry_after);
        }
        assert!(
            limiter.learned_limit().is_some(),
            "never taken for the limit"
        );
        assert!(took >= 2);
        took
    }

    #[tokio::test(start_paused = true)]
    async fn a_lone_refusal_below_what_went_through_is_chance() {
        let limiter = Limiter::new(Limits::default());
        // Ten a second went through: the provider allows at least that many.
        succeed(&limiter, 10, ms(100)).await;
        // A second later, one is refused with none before it: not the limit.
        tokio::time::advance(ms(1_000)).await;
        let ticket = limiter.acquire(0, 0).await;
        limiter.rate_limited(&ticket, Some(Duration::from_secs(1)));
        drop(ticket);
        let ticket = limiter.acquire(0, 0).await;
        limiter.rate_limited(&ticket, Some(Duration::from_secs(1)));
        drop(ticket);
        assert_eq!(limiter.learned_limit(), None);
        assert_eq!(limiter.reserve(0, 0), ms(0), "no lane paused");
    }

    #[tokio::test(start_paused = true)]
    async fn refusals_at_the_frontier_pause_every_lane_and_set_the_pace() {
        let limiter = Limiter::new(Limits::default()).with_concurrency(8);
        // Five go through in 200 ms, then two more in the same second are refused.
        succeed(&limiter, 5, ms(40)).await;
        // Two beside five that went through are not enough of the second's answers; three are.
        assert_eq!(
            refuse_until_found(&limiter, Some(Duration::from_secs(2))).await,
            3
        );
        // The limit is five a second: every lane waits the two seconds asked, then slots
        // are spaced at 97 % of five a second.
        assert_eq!(limiter.learned_limit(), Some(5));
        let times = released(&limiter, &[(0, 0); 3]).await;
        let spacing = secs(1.0 / 5.0);
        assert_eq!(
            times,
            [ms(2_000), ms(2_000) + spacing, ms(2_000) + spacing * 2]
        );
        // Fewer in flight: what that pace needs at a round trip of nothing, plus one.
        assert_eq!(limiter.allowed_in_flight(), 1);
        // A run of successes wins one back.
        succeed(&limiter, SUCCESSES_PER_LANE as usize, ms(0)).await;
        assert_eq!(limiter.allowed_in_flight(), 2);
    }

    #[tokio::test(start_paused = true)]
    async fn the_pause_counts_from_the_first_refusal_of_a_burst_and_is_not_restarted() {
        let limiter = Limiter::new(Limits::default()).with_concurrency(8);
        let start = Instant::now();
        succeed(&limiter, 5, ms(40)).await;
        // Three leave together at 200 ms, two more at 300 ms; the first three come back
        // refused at 400 ms (asking a second), and show the limit; the two others at 500 ms.
        let mut burst = Vec::new();
        for _ in 0..3 {
            burst.push(limiter.acquire(0, 0).await);
        }
        tokio::time::advance(ms(100)).await;
        let mut late = Vec::new();
        for _ in 0..2 {
            late.push(limiter.acquire(0, 0).await);
        }
        tokio::time::advance(ms(100)).await;
        for ticket in &burst {
            limiter.rate_limited(ticket, Some(Duration::from_secs(1)));
        }
        assert_eq!(limiter.learned_limit(), Some(5));
        tokio::time::advance(ms(100)).await;
        for ticket in &late {
            limiter.rate_limited(ticket, Some(Duration::from_secs(1)));
        }
        drop((burst, late));
        // The pause is the second asked from when the first refused request left, 200 ms:
        // neither from its answer, nor begun again by the refusals of requests that left
        // before it (before, the next request waited until 1.5 s).
        drop(limiter.acquire(0, 0).await);
        assert_eq!(start.elapsed(), ms(1_200));
    }

    #[tokio::test(start_paused = true)]
    async fn before_the_limit_is_known_a_suspect_holds_new_requests_until_shown_chance() {
        let limiter = Limiter::new(Limits::default());
        succeed(&limiter, 5, ms(40)).await;
        // Two leave together with five before them; the first comes back refused.
        let first = limiter.acquire(0, 0).await;
        let second = limiter.acquire(0, 0).await;
        tokio::time::advance(ms(200)).await;
        limiter.rate_limited(&first, Some(Duration::from_secs(1)));
        drop(first);
        {
            // A new request would be the sixth in its second: it waits for room (before, it
            // went at once, into the limit if that was one).
            let held = limiter.acquire(0, 0);
            tokio::pin!(held);
            assert!(futures::poll!(held.as_mut()).is_pending());
        }
        // The second, with as many before it, went through: the refusal was chance, and
        // nothing waits any more.
        limiter.succeeded(&second);
        drop(second);
        let now = Instant::now();
        drop(limiter.acquire(0, 0).await);
        assert_eq!(now.elapsed(), Duration::ZERO);
        assert_eq!(limiter.learned_limit(), None);
    }

    #[tokio::test(start_paused = true)]
    async fn a_request_the_hold_gave_a_later_start_goes_once_the_suspect_is_shown_chance() {
        let limiter = Limiter::new(Limits::default());
        succeed(&limiter, 5, ms(40)).await;
        let first = limiter.acquire(0, 0).await;
        let second = limiter.acquire(0, 0).await;
        tokio::time::advance(ms(200)).await;
        limiter.rate_limited(&first, Some(Duration::from_secs(1)));
        drop(first);
        // A lane asks for its next turn while the suspect stands: its start is put off
        // until its second has room.
        let held = limiter.acquire(0, 0);
        tokio::pin!(held);
        assert!(futures::poll!(held.as_mut()).is_pending());
        // The suspect is shown to be chance: the lane goes now, not at the start it was
        // given (before, it waited until then, about a second, with half a run's lanes).
        limiter.succeeded(&second);
        drop(second);
        let now = Instant::now();
        drop(held.await);
        assert_eq!(now.elapsed(), Duration::ZERO);
    }

    #[tokio::test(start_paused = true)]
    async fn the_window_holds_a_request_back_until_it_has_room() {
        let limiter = Limiter::new(Limits::default());
        succeed(&limiter, 3, ms(10)).await;
        refuse_until_found(&limiter, Some(ms(0))).await;
        assert_eq!(limiter.learned_limit(), Some(3));
        // Three went at 0, 10 and 20 ms: a fourth in their second would be over the limit,
        // so the next two start once the first two have left it (with the slack to spare).
        let times = released(&limiter, &[(0, 0); 2]).await;
        let from_now = |at: u64| ms(at) + WINDOW + SLACK - ms(30);
        assert!(times[0] >= from_now(0), "{times:?}");
        assert!(times[1] >= from_now(10), "{times:?}");
    }

    #[tokio::test(start_paused = true)]
    async fn the_learned_limit_wins_when_lower_than_the_configured_one() {
        let limiter = per_second(100.0);
        succeed(&limiter, 5, ms(40)).await;
        refuse_until_found(&limiter, Some(ms(0))).await;
        tokio::time::advance(ms(1_000)).await;
        let times = released(&limiter, &[(0, 0); 2]).await;
        assert_eq!(times[1] - times[0], secs(1.0 / 5.0));
    }

    /// A limiter that found the limit at four a second (a burst refused after four went).
    async fn found_at_four() -> Limiter {
        let limiter = Limiter::new(Limits::default());
        succeed(&limiter, 4, ms(40)).await;
        refuse_until_found(&limiter, None).await;
        assert_eq!(limiter.learned_limit(), Some(4));
        limiter
    }

    #[tokio::test(start_paused = true)]
    async fn the_pace_rises_again_by_probing_after_a_quiet_spell() {
        let limiter = found_at_four().await;
        // Successes at the pace: after the pause, each quiet spell (ten requests' time at
        // this slow pace: 2.5 s at four a second, 2 s at five) sends one probe with the
        // limit's number of others in its second; its success raises the limit by one.
        let start = Instant::now();
        while start.elapsed() < ms(4_000) {
            succeed(&limiter, 1, ms(0)).await;
        }
        assert_eq!(
            limiter.learned_limit(),
            Some(5),
            "one probe in the first 4 s"
        );
        while start.elapsed() < ms(8_000) {
            succeed(&limiter, 1, ms(0)).await;
        }
        let grown = limiter.learned_limit().unwrap();
        assert!(grown >= 6, "{grown}");
        // A probe refused costs that request only: no pause, the limit stays.
        let refused_probe = loop {
            let ticket = limiter.acquire(0, 0).await;
            if limiter.is_probe(&ticket) {
                limiter.rate_limited(&ticket, Some(Duration::from_secs(5)));
                break Instant::now();
            }
            limiter.succeeded(&ticket);
        };
        assert_eq!(limiter.learned_limit(), Some(grown));
        drop(limiter.acquire(0, 0).await);
        assert!(refused_probe.elapsed() < ms(1_000), "no pause");
    }

    #[tokio::test(start_paused = true)]
    async fn a_refused_probe_gives_back_the_slot_it_held() {
        let limiter = found_at_four().await;
        // Answers here take no time, so the pause let one request in flight: two, as a round
        // trip of a few hundred milliseconds would.
        limiter.state.lock().unwrap().allowed_in_flight = 2;
        let probe = loop {
            let ticket = limiter.acquire(0, 0).await;
            if limiter.is_probe(&ticket) {
                break ticket;
            }
            limiter.succeeded(&ticket);
        };
        // While the probe is on its way, the next request's slot is fitted into the second
        // with the probe counted in it.
        let next = limiter.acquire(0, 0);
        tokio::pin!(next);
        assert!(futures::poll!(next.as_mut()).is_pending());
        let reserved = {
            let state = limiter.state.lock().unwrap();
            state
                .sends
                .iter()
                .rev()
                .find(|s| !s.left)
                .map(|s| s.at)
                .unwrap()
        };
        tokio::time::advance(ms(100)).await;
        limiter.rate_limited(&probe, Some(ms(1_000)));
        drop(probe);
        let refused = Instant::now();
        assert!(reserved > refused, "the slot was still to come");
        // Refused, the probe was not counted by the server: the request goes sooner, and
        // still with no more than the limit in its second.
        let ticket = next.await;
        let went = Instant::now();
        assert!(went < reserved, "went at {went:?}, reserved {reserved:?}");
        assert_eq!(limiter.learned_limit(), Some(4));
        let state = limiter.state.lock().unwrap();
        assert!(state.counted_before(ticket.id, Duration::ZERO) < 4);
    }

    #[tokio::test(start_paused = true)]
    async fn many_refusals_far_below_the_floor_mean_the_limit_came_down() {
        let limiter = Limiter::new(Limits::default());
        succeed(&limiter, 20, ms(50)).await;
        tokio::time::advance(CHANCE_SPAN).await;
        // Four refused in a row with few before them, nothing through: a quarter off.
        for _ in 0..4 {
            let ticket = limiter.acquire(0, 0).await;
            limiter.rate_limited(&ticket, Some(ms(500)));
        }
        assert_eq!(limiter.learned_limit(), Some(15));
    }

    #[tokio::test(start_paused = true)]
    async fn requests_in_flight_wait_for_their_turn() {
        let limiter = Limiter::new(Limits::default()).with_concurrency(2);
        let first = limiter.acquire(0, 0).await;
        let _second = limiter.acquire(0, 0).await;
        let third = limiter.acquire(0, 0);
        tokio::pin!(third);
        assert!(futures::poll!(third.as_mut()).is_pending());
        drop(first);
        assert!(futures::poll!(third.as_mut()).is_ready());
    }

    #[tokio::test(start_paused = true)]
    async fn a_free_turn_goes_to_the_lowest_rank_waiting() {
        // One turn, held; a request of rank 1 waits for it, then two of rank 0, one of which
        // stops waiting: the turn goes to the other of rank 0 though it came later, and rank
        // 1 has the turn after it (the one that left holds nothing back).
        let limiter = Limiter::new(Limits::default()).with_concurrency(1);
        let held = limiter.acquire_ranked(0, 0, 0).await;
        let later_part = limiter.acquire_ranked(1, 0, 0);
        tokio::pin!(later_part);
        assert!(futures::poll!(later_part.as_mut()).is_pending());
        {
            let gone = limiter.acquire_ranked(0, 0, 0);
            tokio::pin!(gone);
            assert!(futures::poll!(gone.as_mut()).is_pending());
        }
        let earlier_part = limiter.acquire_ranked(0, 0, 0);
        tokio::pin!(earlier_part);
        assert!(futures::poll!(earlier_part.as_mut()).is_pending());
        drop(held);
        assert!(futures::poll!(later_part.as_mut()).is_pending());
        let std::task::Poll::Ready(ticket) = futures::poll!(earlier_part.as_mut()) else {
            panic!("the lower rank waits");
        };
        assert!(futures::poll!(later_part.as_mut()).is_pending());
        drop(ticket);
        assert!(futures::poll!(later_part.as_mut()).is_ready());
    }

    /// What the simulated server of [`simulate_with`] counted.
    #[derive(Debug, Default)]
    struct Tally {
        requests: u32,
        over_limit: u32,
        admitted: u32,
        injected: u32,
    }

    /// `total` requests through `lanes` concurrent senders (retrying every 429 after its
    /// `Retry-After: 1`) against a server that admits `limit` a second (a sliding window of
    /// one second) and answers 429 to a tenth of what it admits, at random, after 200 ms:
    /// the fake DeepL of `benches/rate.rs`. Returns the tally and how long it took.
    /// As `simulate_with` on a new limiter, the requests given in parts, each sent only once the one before has
    /// every answer: the pipeline's shape, where a part's last retries hold the next back.
    async fn simulate_in_parts(
        limit: usize,
        lanes: usize,
        parts: &[u32],
        seed: u64,
        skew: Duration,
    ) -> (Tally, Duration) {
        simulate_with(
            &Limiter::new(Limits::default()).with_concurrency(lanes),
            limit,
            lanes,
            parts,
            seed,
            skew,
        )
        .await
    }

    /// As [`simulate_in_parts`] through `limiter`, each request counted by the server up to
    /// `skew` after it left (at random): the client's clock and the server's disagree by
    /// what the way between them takes, which a busy machine makes uneven.
    async fn simulate_with(
        limiter: &Limiter,
        limit: usize,
        lanes: usize,
        parts: &[u32],
        seed: u64,
        skew: Duration,
    ) -> (Tally, Duration) {
        let server = Mutex::new((VecDeque::<Instant>::new(), fastrand::Rng::with_seed(seed)));
        let tally = Mutex::new(Tally::default());
        let todo = std::sync::atomic::AtomicU32::new(0);
        let start = Instant::now();
        let lane = || async {
            while todo
                .fetch_update(
                    std::sync::atomic::Ordering::SeqCst,
                    std::sync::atomic::Ordering::SeqCst,
                    |n| n.checked_sub(1),
                )
                .is_ok()
            {
                loop {
                    let ticket = limiter.acquire(0, 0).await;
                    let left = Instant::now();
                    // Drawn only with a skew, so that the runs without keep their seeds' draws.
                    let on_the_way = if skew.is_zero() {
                        Duration::ZERO
                    } else {
                        skew.mul_f64(server.lock().unwrap().1.f64())
                    };
                    tokio::time::sleep(on_the_way).await;
                    let refused = {
                        let (window, rng) = &mut *server.lock().unwrap();
                        let now = Instant::now();
                        while window.front().is_some_and(|t| now - *t >= WINDOW) {
                            window.pop_front();
                        }
                        let mut tally = tally.lock().unwrap();
                        tally.requests += 1;
                        if window.len() >= limit {
                            tally.over_limit += 1;
                            true
                        } else {
                            window.push_back(now);
                            tally.admitted += 1;
                            let injected = rng.f64() < 0.1;
                            tally.injected += u32::from(injected);
                            injected
                        }
                    };
                    tokio::time::sleep(ms(200) - on_the_way).await;
                    if !refused {
                        limiter.succeeded(&ticket);
                        break;
                    }
                    limiter.rate_limited(&ticket, Some(Duration::from_secs(1)));
                    drop(ticket);
                    // As `send` waits a Retry-After: from when the request left.
                    tokio::time::sleep_until(left + Duration::from_secs(1)).await;
                }
            }
        };
        for &part in parts {
            todo.store(part, std::sync::atomic::Ordering::SeqCst);
            // Twice as many senders as requests in flight: one waiting out its retry does
            // not hold a turn (as `send::send_all` does).
            futures::future::join_all((0..lanes * 2).map(|_| lane())).await;
        }
        (tally.into_inner().unwrap(), start.elapsed())
    }

    #[tokio::test(start_paused = true)]
    async fn an_unknown_limit_is_learned_despite_chance_refusals() {
        // The targets: at most 10 % of requests refused for exceeding the limit, at
        // least 85 % of the allowed rate used, over runs of 20 s, for several seeds.
        for (limit, lanes) in [(5, 4), (20, 8)] {
            for seed in 1..=5 {
                let total = (limit * 20) as u32;
                let limiter = Limiter::new(Limits::default()).with_concurrency(lanes);
                let (tally, took) =
                    simulate_with(&limiter, limit, lanes, &[total], seed, Duration::ZERO).await;
                let refused = f64::from(tally.over_limit) / f64::from(tally.requests);
                let share = f64::from(tally.admitted) / took.as_secs_f64() / limit as f64;
                eprintln!(
                    "limit {limit}/s seed {seed}: learned {:?}; {tally:?} in {took:?}: {:.1} % over the limit, {:.1} % of the rate",
                    limiter.learned_limit(),
                    refused * 100.0,
                    share * 100.0
                );
                assert!(refused <= 0.10, "limit {limit}, seed {seed}: {refused}");
                assert!(share >= 0.85, "limit {limit}, seed {seed}: {share}");
            }
        }
    }

    #[tokio::test(start_paused = true)]
    async fn skew_between_the_clocks_does_not_teach_one_more_than_the_limit() {
        // The server counts each request up to 30 ms after the client logged it: a second
        // that by the client's clock held `limit` sends before a success may have held one
        // fewer by the server's. Whatever it learns on the way, the limiter ends a 30 s run
        // at the limit, not above it (before the trials and the margin, seed 1 at 5 a second
        // learnt 6 and had 15 % refused over the limit; now 4.8–10.1 % over the seeds).
        // At 20 a second a probe's others span 0.97 s of the second, so a skew of 30 ms
        // can still teach 21 for a while (one request in 21 refused, 2 %): not asserted.
        // A pace one above the limit is refused with `floor - 1` before it, which looks like
        // chance, and a trial that wrongly kept it (one in ten) is not tried again: over 30
        // seeds two runs end at 6 (seeds 10 and 19 before the pause counted from the first
        // refusal; 5 and 10 after). Asserted over the 30 seeds, so that a change that makes
        // it more likely fails, whichever seeds it moves.
        let mut above = Vec::new();
        for (limit, lanes) in [(5, 4)] {
            for seed in 1..=30 {
                let limiter = Limiter::new(Limits::default()).with_concurrency(lanes);
                let total = (limit * 30) as u32;
                let (tally, took) =
                    simulate_with(&limiter, limit, lanes, &[total], seed, ms(30)).await;
                let refused = f64::from(tally.over_limit) / f64::from(tally.requests);
                let share = f64::from(tally.admitted) / took.as_secs_f64() / limit as f64;
                let learned = limiter.learned_limit();
                eprintln!(
                    "limit {limit}/s seed {seed}, skew 30 ms: learned {learned:?}; {tally:?} in {took:?}: {:.1} % over the limit, {:.1} % of the rate",
                    refused * 100.0,
                    share * 100.0
                );
                assert!(learned.is_some(), "limit {limit}, seed {seed}");
                if learned.is_some_and(|l| l as usize > limit) {
                    above.push(seed);
                }
            }
        }
        assert!(above.len() <= 2, "above the limit: seeds {above:?}");
    }

    #[tokio::test(start_paused = true)]
    async fn a_run_in_parts_loses_the_rate_to_each_parts_last_retries() {
        // The real run's shape at 20 a second (`benches/rate.rs`: about 245 requests in three
        // parts), were its parts run one after another: each part's end waits for its last
        // retries (a chance 429 asks a second) with every lane idle, which the limiter cannot
        // win back. The same requests in one part use more of the rate, for every seed; the
        // pipeline overlaps its parts for this (see `super::overlap`).
        let share = |(tally, took): (Tally, Duration)| {
            f64::from(tally.admitted) / took.as_secs_f64() / 20.0
        };
        for seed in 1..=5 {
            let whole = share(simulate_in_parts(20, 8, &[245], seed, Duration::ZERO).await);
            let in_parts =
                share(simulate_in_parts(20, 8, &[100, 85, 60], seed, Duration::ZERO).await);
            eprintln!(
                "seed {seed}: {:.1} % of the rate in one part, {:.1} % in three",
                whole * 100.0,
                in_parts * 100.0
            );
            assert!(in_parts < whole, "seed {seed}: {in_parts} vs {whole}");
        }
    }

    #[tokio::test(start_paused = true)]
    async fn characters_per_minute_are_paced() {
        let limiter = chars_per_minute(6000.0);
        // 100 characters a second: a 100-character request costs a second of budget, a
        // 50-character one half a second.
        assert_eq!(limiter.reserve(100, 0), ms(0));
        assert_eq!(limiter.reserve(100, 0), ms(1_000));
        let limiter = chars_per_minute(6000.0);
        let times = released(&limiter, &[(100, 0), (50, 0), (0, 0)]).await;
        assert_eq!(times, [ms(0), ms(1_000), ms(1_500)]);
    }

    #[tokio::test(start_paused = true)]
    async fn a_request_waits_for_the_slowest_of_its_limits() {
        let limiter = Limiter::new(Limits {
            requests_per_second: Some(10.0),
            chars_per_minute: Some(6000.0),
            tokens_per_minute: None,
        });
        // The second request's slot is free at 100 ms, but the first one's 100 characters
        // hold the budget until 1 s; the third then waits for its slot, 100 ms later.
        let times = released(&limiter, &[(100, 0), (0, 0), (0, 0)]).await;
        assert_eq!(times, [ms(0), ms(1_000), ms(1_100)]);
    }

    #[tokio::test(start_paused = true)]
    async fn unlimited_never_waits() {
        let limiter = Limiter::new(Limits::default());
        assert!((0..100).all(|_| limiter.reserve(10_000, 10_000).is_zero()));
        let times = released(&limiter, &[(10_000, 10_000); 100]).await;
        assert!(times.iter().all(Duration::is_zero));
    }

    #[tokio::test(start_paused = true)]
    async fn tokens_per_minute_are_paced_and_settled_with_the_real_count() {
        let limiter = tokens_per_minute(60_000.0);
        // 1,000 tokens a second: a 500-token request costs half a second of budget.
        assert_eq!(limiter.reserve(0, 500), ms(0));
        assert_eq!(limiter.reserve(0, 500), ms(500));
        // The second request really used 1,500 tokens: the next waits a second longer.
        limiter.settle_tokens(500, 1_500);
        assert_eq!(limiter.reserve(0, 0), ms(2_000));
    }

    #[tokio::test(start_paused = true)]
    async fn tokens_estimated_too_high_are_given_back() {
        let limiter = tokens_per_minute(60_000.0);
        assert_eq!(limiter.reserve(0, 1_000), ms(0));
        // It used 400 of the 1,000 estimated: the budget is free again at 400 ms, not 1 s.
        limiter.settle_tokens(1_000, 400);
        let times = released(&limiter, &[(0, 0)]).await;
        assert_eq!(times, [ms(400)]);
    }
}

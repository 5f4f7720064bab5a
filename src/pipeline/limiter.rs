//! Pacing requests to a provider's rate limits: requests per second, characters per minute
//! and (for LLMs) tokens per minute, shared by every batch of a run, slowing down by itself
//! after 429s.
//!
//! Each request is given a start time: the latest of the next free request slot and the times
//! the character and token budgets allow it. Tokens are estimated before the request and
//! settled with the count the server reports after it. Slots are spaced `1 / rate` apart, so concurrent batches
//! keep the rate without bursts. After a rate-limit answer the rate is halved; each success
//! wins a little of it back (additive increase, multiplicative decrease), never past the
//! configured rate.
//!
//! Time is tokio's clock ([`tokio::time::Instant`]), which is the system's monotonic clock in
//! a running program; tests pause it, so that pacing is asserted to the nanosecond instead of
//! within a window of real time.

use std::sync::Mutex;
use std::time::Duration;
use tokio::time::Instant;

/// Configured limits; `None` means unlimited.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Limits {
    pub requests_per_second: Option<f64>,
    pub chars_per_minute: Option<f64>,
    pub tokens_per_minute: Option<f64>,
}

#[derive(Debug)]
struct State {
    next_request: Instant,
    next_chars: Instant,
    next_tokens: Instant,
    /// The share of the configured rates currently used, in (0, 1].
    factor: f64,
    /// Rate-limit answers in a row.
    limited_in_a_row: u32,
}

#[derive(Debug)]
pub struct Limiter {
    limits: Limits,
    state: Mutex<State>,
}

/// The smallest share of the configured rate the limiter slows down to.
const MIN_FACTOR: f64 = 1.0 / 16.0;
/// What one success wins back after a slowdown.
const RECOVERY_STEP: f64 = 0.05;

impl Limiter {
    pub fn new(limits: Limits) -> Self {
        let now = Instant::now();
        Limiter {
            limits,
            state: Mutex::new(State {
                next_request: now,
                next_chars: now,
                next_tokens: now,
                factor: 1.0,
                limited_in_a_row: 0,
            }),
        }
    }

    /// Reserves a slot for a request carrying `chars` characters and an estimated `tokens`;
    /// returns how long to wait.
    pub fn reserve(&self, chars: u64, tokens: u64) -> Duration {
        let Ok(mut state) = self.state.lock() else {
            return Duration::ZERO;
        };
        let now = Instant::now();
        let factor = state.factor;
        // A request starts when its request slot and both budgets allow.
        let start = now
            .max(state.next_request)
            .max(state.next_chars)
            .max(state.next_tokens);
        if let Some(rps) = self.limits.requests_per_second.filter(|r| *r > 0.0) {
            state.next_request = start + Duration::from_secs_f64(1.0 / (rps * factor));
        }
        if let Some(cpm) = self.limits.chars_per_minute.filter(|c| *c > 0.0) {
            // Its characters are paid off at the configured rate before the next may start.
            state.next_chars =
                start + Duration::from_secs_f64(chars as f64 * 60.0 / (cpm * factor));
        }
        if let Some(tpm) = self.limits.tokens_per_minute.filter(|t| *t > 0.0) {
            state.next_tokens =
                start + Duration::from_secs_f64(tokens as f64 * 60.0 / (tpm * factor));
        }
        start.saturating_duration_since(now)
    }

    /// Waits for a slot.
    pub async fn acquire(&self, chars: u64, tokens: u64) {
        let wait = self.reserve(chars, tokens);
        if !wait.is_zero() {
            tokio::time::sleep(wait).await;
        }
    }

    /// Corrects the token budget once the server has said what a request really used.
    pub fn settle_tokens(&self, estimated: u64, used: u64) {
        let Some(tpm) = self.limits.tokens_per_minute.filter(|t| *t > 0.0) else {
            return;
        };
        if let Ok(mut state) = self.state.lock() {
            let rate = tpm * state.factor;
            let seconds = |tokens: u64| Duration::from_secs_f64(tokens as f64 * 60.0 / rate);
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

    /// The provider said "too many requests". One such answer may be chance (the retry
    /// takes care of it); repeated ones mean the pace is too high: halve it.
    pub fn slow_down(&self) {
        if let Ok(mut state) = self.state.lock() {
            state.limited_in_a_row += 1;
            if state.limited_in_a_row >= 2 {
                state.factor = (state.factor / 2.0).max(MIN_FACTOR);
            }
        }
    }

    /// A request went through: win back some of the pace.
    pub fn recover(&self) {
        if let Ok(mut state) = self.state.lock() {
            state.limited_in_a_row = 0;
            state.factor = (state.factor + RECOVERY_STEP).min(1.0);
        }
    }

    pub fn factor(&self) -> f64 {
        self.state.lock().map_or(1.0, |s| s.factor)
    }
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
            limiter.acquire(chars, tokens).await;
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

    #[test]
    fn slowing_down_halves_the_pace_and_success_wins_it_back() {
        let limiter = per_second(100.0);
        // A single 429 is taken for chance; the second in a row halves the pace, the third
        // halves it again.
        limiter.slow_down();
        assert!((limiter.factor() - 1.0).abs() < 1e-9);
        limiter.slow_down();
        limiter.slow_down();
        assert!((limiter.factor() - 0.25).abs() < 1e-9);
        for _ in 0..100 {
            limiter.recover();
        }
        assert!((limiter.factor() - 1.0).abs() < 1e-9);
        for _ in 0..20 {
            limiter.slow_down();
        }
        assert!((limiter.factor() - MIN_FACTOR).abs() < 1e-9);
    }

    #[tokio::test(start_paused = true)]
    async fn a_slower_pace_spaces_the_requests_further_apart() {
        let limiter = per_second(10.0);
        limiter.slow_down();
        limiter.slow_down();
        // Half of 10 a second: 200 ms apart; one success wins back 5 % of the rate.
        let times = released(&limiter, &[(0, 0); 3]).await;
        assert_eq!(times, [ms(0), ms(200), ms(400)]);
        limiter.recover();
        assert!((limiter.factor() - 0.55).abs() < 1e-9);
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

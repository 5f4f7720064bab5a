//! Planning a run: every translatable segment × target language becomes a cache request;
//! each distinct request is sent at most once per run, reviewers' corrections and the cache
//! answer what they can (one cache lookup for the whole run), and the rest is what sending has
//! to do. The `--dry-run` estimate reads the same plan.

use super::{Answer, Estimate, EstimateLine, Pipeline, RunStats};
use crate::aligned::Origin;
use crate::cache::{CacheKey, CacheRequest, KEY_SCHEMA};
use crate::document::{Document, Segment};
use crate::fingerprints::Fingerprints;
use crate::glossary::TermHit;
use crate::lang::Lang;
use std::collections::{BTreeMap, HashMap};

/// One segment into one target: (document, block, segment, target).
pub(super) type Slot = (usize, usize, usize, Lang);

/// A distinct request of the run.
pub(super) struct Unique {
    pub(super) request: CacheRequest,
    pub(super) key: CacheKey,
    /// The paragraph the text was first met in, for providers that take context; not part of
    /// the key (see [`crate::provider::Provider::wants_context`]).
    pub(super) context: Option<std::sync::Arc<str>>,
}

/// The work of a run, and the answers as they become known.
#[derive(Default)]
pub(super) struct Plan {
    pub(super) uniques: Vec<Unique>,
    index: HashMap<CacheKey, usize>,
    /// Pivoted pairs: slot → (first legs, pivot language).
    pivoted: HashMap<Slot, (Vec<usize>, Lang)>,
    /// Slot → the distinct requests whose answers it takes: one, or one per piece of a
    /// segment too long for a request (see [`super::split`]), joined in order.
    pub(super) wanted: HashMap<Slot, Vec<usize>>,
    /// Slots whose answer came through a pivot language, and which.
    pub(super) vias: HashMap<Slot, Lang>,
    /// One per distinct request: known once served from the cache or answered.
    pub(super) answers: Vec<Option<Answer>>,
    /// Slots a reviewer has corrected → the correction.
    pub(super) reviewed: HashMap<Slot, String>,
    /// Slots the imported translation memory has a unit for → its translation.
    pub(super) memory: HashMap<Slot, String>,
    /// Distinct requests still to send.
    pub(super) pending: Vec<usize>,
    /// Distinct requests an earlier part of the run already received and checked: served
    /// from the cache with their first origin, counted as duplicates, not checked again.
    pub(super) settled: Vec<bool>,
    /// Distinct requests an earlier part still in flight is buying: held out of `pending`
    /// until that part is done, then served as the part after it would serve them.
    pub(super) awaiting: Vec<usize>,
    /// The fingerprints this part has claimed (see [`Memo::claim`]), given back at its end.
    pub(super) claimed: Vec<u64>,
}

/// What the earlier parts of a run received, so that a later part tells its repeats from
/// what earlier runs cached: a fingerprint of each request's key and the answer's origin
/// (the text itself is in the cache), kept in memory up to a bound and on disk past it (see
/// [`crate::fingerprints`]), and the language pairs whose glossary the provider has been
/// given.
///
/// Parts overlap (see [`super::overlap`]), so the memo also knows what is still being
/// bought: each fingerprint a part in flight sends or waits for is claimed, in the order the
/// parts began. The first claimant buys it; a later part holds it out of what it sends and
/// waits until every earlier claimant is done, then serves it as it would have after them
/// (from the cache, with the first answer's origin), or buys it itself when they got none.
/// A part only waits for earlier ones, so two parts never wait for each other. Claims are
/// those of at most two parts, so they stay in memory.
#[derive(Default)]
pub(super) struct Memo {
    received: Fingerprints,
    /// The origins marked in `received`, by their mark.
    origins: Vec<Origin>,
    pub(super) prepared: Vec<(Lang, Lang)>,
    /// Fingerprint → the parts (by their number in the run) that claimed it, earliest first.
    claims: HashMap<u64, Vec<usize>>,
}

impl Memo {
    /// 64 bits of the key's SHA-256: a collision could only mislabel a cached answer's
    /// origin, never change its text.
    pub(super) fn fingerprint(key: &CacheKey) -> u64 {
        key.0
            .get(..16)
            .and_then(|hex| u64::from_str_radix(hex, 16).ok())
            .unwrap_or_default()
    }

    /// Remembers the fresh answers of a finished part.
    pub(super) fn learn(&mut self, plan: &Plan, checked: &[Option<super::terms::Checked>]) {
        let mut fresh = Vec::new();
        for (u, answer) in checked.iter().enumerate() {
            if let Some(Ok((_, origin, _))) = answer {
                if *origin != Origin::Cache && !plan.settled[u] {
                    let mark = match self.origins.iter().position(|o| o == origin) {
                        Some(mark) => mark,
                        None => {
                            self.origins.push(*origin);
                            self.origins.len() - 1
                        }
                    };
                    let fp = Self::fingerprint(&plan.uniques[u].key);
                    fresh.push((fp, u8::try_from(mark).unwrap_or(u8::MAX)));
                }
            }
        }
        // Sent, so not received before (a repeat is served from the cache): no need to look.
        self.received.add_many(&fresh);
    }

    /// The origin of each key's answer if an earlier part received it.
    fn origins_of(&self, keys: &[&CacheKey]) -> Vec<Option<Origin>> {
        if self.origins.is_empty() {
            return vec![None; keys.len()];
        }
        let fingerprints: Vec<u64> = keys.iter().map(|k| Self::fingerprint(k)).collect();
        self.received
            .get_many(&fingerprints)
            .into_iter()
            .map(|mark| mark.and_then(|m| self.origins.get(usize::from(m)).copied()))
            .collect()
    }

    /// Whether a part in flight has claimed this key: a part planning it now must wait.
    fn is_claimed(&self, key: &CacheKey) -> bool {
        !self.claims.is_empty() && self.claims.contains_key(&Self::fingerprint(key))
    }

    /// Part `part` claims the plan's requests `asked` (those it will send, and those it holds
    /// out, behind the part that claimed them first).
    pub(super) fn claim(&mut self, plan: &mut Plan, part: usize, asked: &[usize]) {
        for &u in asked {
            let fingerprint = Self::fingerprint(&plan.uniques[u].key);
            self.claims.entry(fingerprint).or_default().push(part);
            plan.claimed.push(fingerprint);
        }
    }

    /// Whether every request `part` holds out is its own to serve now: no earlier part that
    /// claimed it is still in flight.
    pub(super) fn is_first_for(&self, plan: &Plan, part: usize) -> bool {
        plan.awaiting.iter().all(|&u| {
            let fingerprint = Self::fingerprint(&plan.uniques[u].key);
            self.claims
                .get(&fingerprint)
                .is_none_or(|parts| parts.first() == Some(&part))
        })
    }

    /// Part `part` is done: what it claimed goes to the part waiting behind it, if any.
    pub(super) fn release(&mut self, plan: &Plan, part: usize) {
        for fingerprint in &plan.claimed {
            if let Some(parts) = self.claims.get_mut(fingerprint) {
                parts.retain(|&p| p != part);
                if parts.is_empty() {
                    self.claims.remove(fingerprint);
                }
            }
        }
    }
}

/// The longest context a text is given, in bytes: its paragraph up to this size, else the
/// sentences either side of it. DeepL asks for "a few complete sentences"; a table cell or a
/// run-on paragraph of 100 KB would take a request's whole body.
const CONTEXT_MAX: usize = 4096;

/// The sentence before, this one and the one after, as the context of a sentence whose
/// paragraph is too long to send whole; `None` when even that is too long.
fn neighbours(segments: &[Segment], s: usize) -> Option<std::sync::Arc<str>> {
    let window = &segments[s.saturating_sub(1)..(s + 2).min(segments.len())];
    let text: Vec<&str> = window.iter().map(|seg| seg.text.as_str()).collect();
    let text = text.join(" ");
    (text.len() <= CONTEXT_MAX).then(|| text.into())
}

impl Plan {
    /// The distinct request for this one, added if new; returns its index and whether it is.
    fn intern(&mut self, request: CacheRequest) -> (usize, bool) {
        let key = request.key();
        if let Some(&u) = self.index.get(&key) {
            return (u, false);
        }
        self.index.insert(key.clone(), self.uniques.len());
        self.uniques.push(Unique {
            request,
            key,
            context: None,
        });
        self.answers.push(None);
        self.settled.push(false);
        (self.uniques.len() - 1, true)
    }

    /// Whether no slot goes through a pivot language: every key of the plan is known.
    pub(super) fn pivoted_is_empty(&self) -> bool {
        self.pivoted.is_empty()
    }

    /// Records the answers sending brought.
    pub(super) fn take(&mut self, answers: Vec<(usize, Answer)>) {
        for (u, answer) in answers {
            self.answers[u] = Some(answer);
        }
    }
}

impl Pipeline {
    pub(super) fn request_for(
        &self,
        source: Lang,
        target: Lang,
        text: &str,
        hits: &[TermHit],
    ) -> CacheRequest {
        CacheRequest {
            schema: KEY_SCHEMA,
            provider: self.provider.kind().to_string(),
            model: self.provider.model(),
            endpoint_family: self.provider.endpoint_family().to_string(),
            source_lang: source,
            target_lang: target,
            text: text.to_string(),
            terms: self.glossary.pairs_for(hits, target),
            options: self.provider.options(),
        }
    }

    /// The pivot language for a pair: the configured one, else English when the provider
    /// declares that it does not translate the pair directly.
    fn pivot_for(&self, source: Lang, target: Lang) -> Option<Lang> {
        self.pivots.get(&(source, target)).copied().or_else(|| {
            let direct = self
                .provider
                .capabilities()
                .translates
                .contains(source, target);
            (!direct && source != Lang::En && target != Lang::En).then_some(Lang::En)
        })
    }

    /// The translation a run would give this source text now without sending anything: the
    /// reviewer's correction, else the cached machine translation (through the pivot where the
    /// pair has one); `None` when neither exists.
    pub fn current_translation(&self, source: Lang, target: Lang, text: &str) -> Option<String> {
        if let Some(reviewed) = self.reviews.get(source, target, text) {
            return Some(reviewed.to_string());
        }
        let unit = crate::cache::memory_request(source, target, text).key();
        if let Some(Some(entry)) = self
            .store
            .peek_many(&[&unit])
            .ok()
            .and_then(|mut f| f.pop())
        {
            return Some(entry.translation);
        }
        let cached = |from: Lang, to: Lang, text: &str| {
            let hits = self.glossary.find(from, text);
            let key = self.request_for(from, to, text, &hits).key();
            self.store.get(&key).ok().flatten().map(|e| e.translation)
        };
        match self.pivot_for(source, target) {
            Some(pivot) => cached(pivot, target, &cached(source, pivot, text)?),
            None => cached(source, target, text),
        }
    }

    /// Works out what one part of a run needs: the distinct requests, which segments wait
    /// for which, what the cache already holds, and what must be sent.
    pub(super) fn plan(
        &self,
        docs: &[Document],
        part: &super::Part,
        memo: &Memo,
        stats: &mut RunStats,
    ) -> Plan {
        let mut plan = Plan::default();
        self.serve_from_memory(docs, part, &mut plan, stats);
        let mut needed = 0;
        let wants_context = self.provider.wants_context();
        for (d, blocks) in &part.pieces {
            let (d, doc) = (*d, &docs[*d]);
            if blocks.start == 0 {
                stats.dropped_lines += doc.dropped.len() as u64;
            }
            for b in blocks.clone() {
                let block = &doc.blocks[b];
                let paragraph: Option<std::sync::Arc<str>> = (wants_context
                    && block.text.len() <= CONTEXT_MAX)
                    .then(|| block.text.trim().into());
                for (s, seg) in block.segments.iter().enumerate() {
                    let context = match &paragraph {
                        Some(p) => Some(p.clone()),
                        None if wants_context => neighbours(&block.segments, s),
                        None => None,
                    };
                    stats.segments += 1;
                    stats.source_flags += u64::from(!seg.flags.is_empty());
                    // A credit names an agency or a photographer: never bought, its row keeps
                    // the source text like every other segment not sent.
                    if seg.translatable && seg.kind != crate::document::SegmentKind::Credit {
                        needed += self.plan_segment(
                            &mut plan,
                            stats,
                            (d, b, s),
                            doc.lang,
                            seg,
                            context.as_ref(),
                        );
                    }
                }
            }
        }
        stats.deduplicated += needed - plan.uniques.len() as u64;

        // Serve what the cache has; the rest must be sent.
        let all = 0..plan.uniques.len();
        let (pending, served, repeats) = self.serve_from_cache(&mut plan, all, memo, true);
        plan.pending = pending;
        stats.served_from_cache += served;
        stats.deduplicated += repeats;
        plan
    }

    /// Finds the part's segments in the imported translation memory, with one lookup that
    /// claims nothing (its misses are not bought under these keys): the slots it answers
    /// go into `plan.memory`, unless a reviewer's correction comes first.
    fn serve_from_memory(
        &self,
        docs: &[Document],
        part: &super::Part,
        plan: &mut Plan,
        stats: &mut RunStats,
    ) {
        // A store that tallies its units and has none: no lookup (nor key) to make.
        if let Ok(Some((0, _))) = self.store.memory_tally() {
            return;
        }
        let mut slots: Vec<(Slot, usize)> = Vec::new();
        let mut keys: Vec<CacheKey> = Vec::new();
        let mut index: HashMap<CacheKey, usize> = HashMap::new();
        for (d, blocks) in &part.pieces {
            let doc = &docs[*d];
            for b in blocks.clone() {
                for (s, seg) in doc.blocks[b].segments.iter().enumerate() {
                    if !seg.translatable {
                        continue;
                    }
                    for &target in self.targets.iter().filter(|&&t| t != doc.lang) {
                        if self.reviews.get(doc.lang, target, &seg.text).is_some() {
                            continue;
                        }
                        let key = crate::cache::memory_request(doc.lang, target, &seg.text).key();
                        let k = *index.entry(key).or_insert_with_key(|key| {
                            keys.push(key.clone());
                            keys.len() - 1
                        });
                        slots.push(((*d, b, s, target), k));
                    }
                }
            }
        }
        if keys.is_empty() {
            return;
        }
        let asked: Vec<&CacheKey> = keys.iter().collect();
        let found = match self.store.peek_many(&asked) {
            Ok(found) => found,
            // A backend without such lookups holds no imported memory.
            Err(crate::cache::CacheError::Unsupported { .. }) => return,
            Err(e) => {
                tracing::warn!("{e}; the imported translation memory is not used in this part");
                return;
            }
        };
        for (slot, k) in slots {
            if let Some(Some(entry)) = found.get(k) {
                stats.from_memory += 1;
                plan.memory.insert(slot, entry.translation.clone());
            }
        }
    }

    /// Plans one translatable segment into every target but its own language.
    fn plan_segment(
        &self,
        plan: &mut Plan,
        stats: &mut RunStats,
        (d, b, s): (usize, usize, usize),
        source: Lang,
        seg: &Segment,
        context: Option<&std::sync::Arc<str>>,
    ) -> u64 {
        let mut needed = 0;
        for &target in self.targets.iter().filter(|&&t| t != source) {
            let slot = (d, b, s, target);
            if let Some(text) = self.reviews.get(source, target, &seg.text) {
                stats.reviewed += 1;
                plan.reviewed.insert(slot, text.to_string());
                continue;
            }
            if plan.memory.contains_key(&slot) {
                continue;
            }
            // A pivoted pair first goes into the pivot language; the second leg is planned
            // once the first one's answer is known.
            let via = self.pivot_for(source, target);
            let leg = via.unwrap_or(target);
            let legs: Vec<usize> = self
                .requests_for(source, leg, &seg.text, &seg.hits)
                .into_iter()
                .map(|request| {
                    let (u, new) = plan.intern(request);
                    if new {
                        plan.uniques[u].context = context.cloned();
                    }
                    u
                })
                .collect();
            stats.translations_needed += legs.len() as u64;
            needed += legs.len() as u64;
            match via {
                Some(pivot) => {
                    plan.pivoted.insert(slot, (legs, pivot));
                }
                None => {
                    plan.wanted.insert(slot, legs);
                }
            }
        }
        needed
    }

    /// The requests of one text into one language: one, or one per piece when the text is
    /// too long for a request of the provider's. A piece takes at most half the request
    /// size the provider allows, leaving room for JSON escaping and the request around it,
    /// and carries the glossary terms found in it.
    fn requests_for(
        &self,
        source: Lang,
        target: Lang,
        text: &str,
        hits: &[TermHit],
    ) -> Vec<CacheRequest> {
        let whole = self.request_for(source, target, text, hits);
        let limit = self.provider.limits().max_bytes;
        if super::batches::request_size(&whole) <= limit {
            return vec![whole];
        }
        let room = (limit / 2).saturating_sub(16 + super::batches::terms_size(&whole.terms));
        let protected: Vec<std::ops::Range<usize>> = hits.iter().map(|h| h.start..h.end).collect();
        super::split::cut(text, room, &protected)
            .into_iter()
            .map(|piece| {
                let inside: Vec<TermHit> = hits
                    .iter()
                    .filter(|h| piece.start <= h.start && h.end <= piece.end)
                    .map(|h| TermHit {
                        start: h.start - piece.start,
                        end: h.end - piece.start,
                        ..h.clone()
                    })
                    .collect();
                self.request_for(source, target, &text[piece], &inside)
            })
            .collect()
    }

    /// Plans the second legs of pivoted pairs, from the first leg's answer in the pivot
    /// language on, and serves what the cache holds of them (one lookup for all); returns
    /// the ones that must be sent. A pair whose first leg failed fails with it.
    pub(super) fn plan_second_legs(
        &self,
        plan: &mut Plan,
        memo: &Memo,
        stats: &mut RunStats,
    ) -> Vec<usize> {
        let pivoted: Vec<(Slot, (Vec<usize>, Lang))> = plan.pivoted.drain().collect();
        let mut second_legs = Vec::new();
        for (slot, (firsts, pivot)) in pivoted {
            let texts: Option<Vec<String>> = firsts
                .iter()
                .map(|&first| match &plan.answers[first] {
                    Some(Ok((text, _))) => Some(text.clone()),
                    _ => None,
                })
                .collect();
            let Some(texts) = texts else {
                plan.wanted.insert(slot, firsts);
                continue;
            };
            // Each piece's second leg from that piece's first: a piece stays within the
            // request size however the pivot language writes it.
            let mut legs = Vec::new();
            for text in texts {
                let hits = self.glossary.find(pivot, &text);
                for request in self.requests_for(pivot, slot.3, &text, &hits) {
                    let (u, new) = plan.intern(request);
                    if new {
                        second_legs.push(u);
                    }
                    legs.push(u);
                }
            }
            plan.wanted.insert(slot, legs);
            plan.vias.insert(slot, pivot);
        }
        if second_legs.is_empty() {
            return second_legs;
        }
        let (pending, served, repeats) = self.serve_from_cache(plan, second_legs, memo, true);
        stats.served_from_cache += served;
        stats.deduplicated += repeats;
        pending
    }

    /// Serves the requests the plan held out for an earlier part, once that part is done
    /// (see [`Memo::is_first_for`]), as a part planned after it would have: from the cache
    /// with the first answer's origin, or, where that part got no answer, to be sent now
    /// (they are this part's claims already). Returns the ones to send.
    pub(super) fn serve_awaiting(
        &self,
        plan: &mut Plan,
        memo: &Memo,
        stats: &mut RunStats,
    ) -> Vec<usize> {
        let awaiting = std::mem::take(&mut plan.awaiting);
        let (pending, served, repeats) = self.serve_from_cache(plan, awaiting, memo, false);
        stats.served_from_cache += served;
        stats.deduplicated += repeats;
        pending
    }

    /// Fills in the answers the cache holds for these requests, with one lookup for all;
    /// returns the ones that must be sent, how many came from earlier runs and how many
    /// repeat what an earlier part of this run received.
    ///
    /// With `hold_out`, a request another part in flight has claimed is neither looked up
    /// nor sent: it goes to `plan.awaiting` (the cache may already hold that part's first
    /// answer, but not yet its checked one, nor the memo its origin).
    fn serve_from_cache(
        &self,
        plan: &mut Plan,
        asked: impl IntoIterator<Item = usize>,
        memo: &Memo,
        hold_out: bool,
    ) -> (Vec<usize>, u64, u64) {
        let mut asked: Vec<usize> = asked.into_iter().collect();
        if hold_out {
            let (held, free): (Vec<usize>, Vec<usize>) = asked
                .into_iter()
                .partition(|&u| memo.is_claimed(&plan.uniques[u].key));
            plan.awaiting.extend(held);
            asked = free;
        }
        let mut pending = Vec::new();
        // `--refresh`: what earlier runs cached is bought again; only what this pipeline has
        // bought itself is served from the cache.
        if let Some(refresh) = &self.refresh {
            let keys: Vec<&CacheKey> = asked.iter().map(|&u| &plan.uniques[u].key).collect();
            let bought = refresh.has_bought(&keys);
            let (mut known, mut again) = (Vec::new(), Vec::new());
            for (u, bought) in asked.into_iter().zip(bought) {
                if bought {
                    known.push(u)
                } else {
                    again.push(u)
                }
            }
            pending = again;
            asked = known;
        }
        let keys: Vec<&CacheKey> = asked.iter().map(|&u| &plan.uniques[u].key).collect();
        let found = if keys.is_empty() {
            Vec::new()
        } else {
            self.store.get_many(&keys).unwrap_or_else(|e| {
                tracing::warn!("{e}; translating these segments again");
                vec![None; asked.len()]
            })
        };
        let mut hits = Vec::new();
        for (u, entry) in asked.into_iter().zip(found) {
            match entry {
                Some(entry) => hits.push((u, entry)),
                None => pending.push(u),
            }
        }
        let hit_keys: Vec<&CacheKey> = hits.iter().map(|(u, _)| &plan.uniques[*u].key).collect();
        let origins = memo.origins_of(&hit_keys);
        let (mut served, mut repeats) = (0, 0);
        for ((u, entry), origin) in hits.into_iter().zip(origins) {
            let origin = match origin {
                Some(origin) => {
                    plan.settled[u] = true;
                    repeats += 1;
                    origin
                }
                None => {
                    served += 1;
                    Origin::Cache
                }
            };
            plan.answers[u] = Some(Ok((entry.translation, origin)));
        }
        (pending, served, repeats)
    }

    /// [`Pipeline::estimate_in_parts`] once the provider has prepared the pairs the run would
    /// send (DeepL lists its glossaries, and creates the ones missing, as the run would):
    /// whether a pair has its glossary decides how its terms travel, and so what is billed.
    /// Nothing is translated.
    pub async fn estimate_prepared(&self, docs: &[Document], parts: &[super::Part]) -> Estimate {
        let shared = super::send::Shared::new(self.limiter.clone());
        let mut memo = Memo::default();
        for part in parts {
            let plan = self.plan(docs, part, &Memo::default(), &mut RunStats::default());
            self.prepare_glossary(&plan, &mut memo, &shared).await;
        }
        self.estimate_in_parts(docs, parts)
    }

    /// What a run would send, without sending anything: per target language, the segments,
    /// characters (what character-billed APIs charge) and requests left after the cache and
    /// deduplication.
    pub fn estimate(&self, docs: &[Document]) -> Estimate {
        self.estimate_in_parts(docs, &[super::Part::whole(docs)])
    }

    /// [`Pipeline::estimate`] planned a part at a time, as a run in these parts sends: only
    /// one part's requests are in memory, with a fingerprint of each distinct request
    /// planned so far, so that a repeat in a later part counts as a duplicate, not twice.
    pub fn estimate_in_parts(&self, docs: &[Document], parts: &[super::Part]) -> Estimate {
        let mut estimator = Estimator::default();
        estimator.add(self, docs, parts);
        estimator.estimate(self)
    }

    /// [`Pipeline::estimate_in_parts`] over parts read from streams (see
    /// [`Pipeline::parts`]): only one part's blocks are in memory. A part that cannot be
    /// read stops the estimate with its error.
    pub fn estimate_stream<E>(
        &self,
        parts: impl IntoIterator<Item = Result<Vec<super::Piece>, E>>,
    ) -> Result<Estimate, E> {
        let mut estimator = Estimator::default();
        for pieces in parts {
            let docs: Vec<Document> = pieces?.into_iter().map(|p| p.document).collect();
            estimator.add(self, &docs, &[super::Part::whole(&docs)]);
        }
        Ok(estimator.estimate(self))
    }

    /// [`Pipeline::estimate_stream`] once the provider has prepared the pairs each part would
    /// send, as [`Pipeline::estimate_prepared`] does for documents held whole.
    pub async fn estimate_stream_prepared<E>(
        &self,
        parts: impl IntoIterator<Item = Result<Vec<super::Piece>, E>>,
    ) -> Result<Estimate, E> {
        let shared = super::send::Shared::new(self.limiter.clone());
        let mut memo = Memo::default();
        let mut estimator = Estimator::default();
        for pieces in parts {
            let docs: Vec<Document> = pieces?.into_iter().map(|p| p.document).collect();
            let whole = [super::Part::whole(&docs)];
            let plan = self.plan(&docs, &whole[0], &Memo::default(), &mut RunStats::default());
            self.prepare_glossary(&plan, &mut memo, &shared).await;
            drop(plan);
            estimator.add(self, &docs, &whole);
        }
        Ok(estimator.estimate(self))
    }

    /// Adds what one part's plan would send to the estimate; returns its requests.
    fn estimate_part(&self, plan: &Plan, per_target: &mut BTreeMap<Lang, EstimateLine>) -> u64 {
        for &u in &plan.pending {
            let r = &plan.uniques[u].request;
            per_target.entry(r.target_lang).or_default().segments += 1;
        }
        // A request that carries several targets counts once in the total and once for each
        // of its targets.
        let batches = self.plan_batches(&plan.uniques, &plan.pending, false);
        let requests = batches.len() as u64;
        for lanes in &batches {
            for lane in lanes {
                let target = plan.uniques[lane[0]].request.target_lang;
                let line = per_target.entry(target).or_default();
                let batch = super::batches::batch_of(&plan.uniques, lane, false);
                line.requests += 1;
                // What the provider bills: its markup included where it bills markup.
                line.characters += self.provider.billed_chars(&batch);
                line.tokens += self.provider.estimate_tokens(&batch);
            }
        }
        requests + self.estimate_second_legs(plan, per_target)
    }

    /// Adds the second legs of pivoted pairs to the estimate; returns their requests. A second
    /// leg depends on the first one's answer: it is estimated by the length of the source, one
    /// leg per distinct first leg and target.
    fn estimate_second_legs(
        &self,
        plan: &Plan,
        per_target: &mut BTreeMap<Lang, EstimateLine>,
    ) -> u64 {
        let mut legs: Vec<(usize, Lang)> = plan
            .pivoted
            .iter()
            .flat_map(|(slot, (firsts, _))| firsts.iter().map(move |&u| (u, slot.3)))
            .collect();
        legs.sort();
        legs.dedup();
        let token_billed = !legs.is_empty()
            && self.provider.estimate_tokens(&super::batches::batch_of(
                &plan.uniques,
                &[legs[0].0],
                false,
            )) > 0;
        let mut per_pair: BTreeMap<Lang, Vec<usize>> = BTreeMap::new();
        for (u, target) in legs {
            let line = per_target.entry(target).or_default();
            let text = &plan.uniques[u].request.text;
            line.segments += 1;
            line.characters += crate::text::char_count(text);
            if token_billed {
                // Prompt and answer, without the per-request instructions.
                line.tokens += 2 * crate::text::estimate_tokens(text);
            }
            per_pair.entry(target).or_default().push(u);
        }
        let max_texts = self.provider.limits().max_texts.max(1);
        let mut requests = 0;
        for (target, items) in per_pair {
            let legs = items.len().div_ceil(max_texts) as u64;
            per_target.entry(target).or_default().requests += legs;
            requests += legs;
        }
        requests
    }
}

/// The estimate of several runs of one pipeline, one after another (a batch's groups of
/// documents): each run's requests are planned as that run sends them, and a request an
/// earlier run sends is served from the cache by the time a later one needs it, so it counts
/// once, as a duplicate afterwards.
#[derive(Default)]
pub struct Estimator {
    /// Which pairs the provider has been prepared for.
    prepared: Memo,
    stats: RunStats,
    /// Every distinct request planned so far, in memory up to a bound.
    seen: Fingerprints,
    per_target: BTreeMap<Lang, EstimateLine>,
    requests: u64,
}

impl Estimator {
    /// Adds one run over `docs` in these parts; returns the characters each document adds to
    /// the bill (what no earlier document of this estimate asked for), for a budget that
    /// takes documents in order.
    pub fn add(
        &mut self,
        pipeline: &Pipeline,
        docs: &[Document],
        parts: &[super::Part],
    ) -> Vec<u64> {
        let mut per_doc = vec![0u64; docs.len()];
        for part in parts {
            let mut plan = pipeline.plan(docs, part, &Memo::default(), &mut self.stats);
            let fingerprints: Vec<(u64, u8)> = plan
                .uniques
                .iter()
                .map(|unique| (Memo::fingerprint(&unique.key), 0))
                .collect();
            let repeated: Vec<bool> = self
                .seen
                .insert_many(&fingerprints)
                .into_iter()
                .map(|new| !new)
                .collect();
            for (answer, _) in plan.answers.iter().zip(&repeated).filter(|(_, &r)| r) {
                self.stats.deduplicated += 1;
                if answer.is_some() {
                    self.stats.served_from_cache -= 1;
                }
            }
            plan.pending.retain(|&u| !repeated[u]);
            plan.pivoted
                .retain(|_, (firsts, _)| !firsts.iter().all(|&u| repeated[u]));
            // Each request is billed to the first document that needs it.
            let mut first: HashMap<usize, usize> = HashMap::new();
            let slots = plan.wanted.iter().map(|(slot, us)| (slot, us.as_slice()));
            let pivoted = plan
                .pivoted
                .iter()
                .map(|(slot, (us, _))| (slot, us.as_slice()));
            for (slot, us) in slots.chain(pivoted) {
                for &u in us {
                    let doc = first.entry(u).or_insert(slot.0);
                    *doc = (*doc).min(slot.0);
                }
            }
            let bill = |u: usize| crate::text::char_count(&plan.uniques[u].request.text);
            for &u in &plan.pending {
                if let Some(&d) = first.get(&u) {
                    per_doc[d] += bill(u);
                }
            }
            let mut legs: Vec<(usize, Lang)> = plan
                .pivoted
                .iter()
                .flat_map(|(slot, (firsts, _))| firsts.iter().map(move |&u| (u, slot.3)))
                .collect();
            legs.sort();
            legs.dedup();
            for (u, _) in legs {
                if let Some(&d) = first.get(&u) {
                    per_doc[d] += bill(u);
                }
            }
            self.requests += pipeline.estimate_part(&plan, &mut self.per_target);
        }
        per_doc
    }

    /// [`Estimator::add`] for documents read whole, as one part, once the provider has been
    /// prepared for the pairs they would send (as [`Pipeline::estimate_prepared`]); nothing
    /// for no documents.
    pub async fn add_prepared(&mut self, pipeline: &Pipeline, docs: &[Document]) -> Vec<u64> {
        if docs.is_empty() {
            return Vec::new();
        }
        let whole = [super::Part::whole(docs)];
        let plan = pipeline.plan(docs, &whole[0], &Memo::default(), &mut RunStats::default());
        let shared = super::send::Shared::new(pipeline.limiter.clone());
        pipeline
            .prepare_glossary(&plan, &mut self.prepared, &shared)
            .await;
        drop(plan);
        self.add(pipeline, docs, &whole)
    }

    /// What the runs added so far would send.
    pub fn estimate(&self, pipeline: &Pipeline) -> Estimate {
        let mut total = self
            .per_target
            .values()
            .fold(EstimateLine::default(), |mut t, l| {
                t.segments += l.segments;
                t.characters += l.characters;
                t.tokens += l.tokens;
                t
            });
        total.requests = self.requests;
        Estimate {
            provider: pipeline.provider.kind().to_string(),
            served_from_cache: self.stats.served_from_cache,
            deduplicated: self.stats.deduplicated,
            per_target: self.per_target.clone(),
            total,
        }
    }
}

import type { Hit, KnowledgeIndex, ProcessedQuery } from '../knowledge/knowledge-index.js';
import { everydayRate, isEnglish } from '../knowledge/everyday.js';
import { terms } from '../knowledge/terms.js';
import { offersTheTwo, offersTheTwoAlone } from '../recommend/route.js';
import {
  answer,
  BARE_WHY_SIDE,
  asksCaveat,
  asksFix,
  instructsOn,
  termsMeant,
  withoutCaveatWords,
  closestMatch,
  defaultAnswerOptions,
  processQuestion,
  rankedHits,
  sideAsked,
  statesAsked,
  subjectsOf,
  toAnswerPassage,
  warns,
  type Answer,
  type AnswerOptions,
} from './answer.js';
import {
  ASKS_OF_ANOTHER,
  FOLLOW_UP_OPENERS,
  sameAskedOfAnother,
  sideAskedOfAnother,
  sideMentions,
  sumsUpThread,
  wantsOneAspect,
  withoutDrawnOut,
  withoutFormWanted,
  type Side,
} from './reading.js';

/**
 * Follow-ups: "does that need special configuration?", "what about cost?", "why?" mean little
 * alone. Their earlier question joins the query below the words asked, so it steers which
 * passage answers without letting the earlier question answer itself.
 */

/** Weight of the latest earlier question's words; each question before it counts half as much again. */
export const CONTEXT_WEIGHT = 0.5;
/** Earlier questions taken into account, the latest first. */
export const MAX_CONTEXT_QUESTIONS = 2;
/** Words of its own a follow-up may have that the knowledge and its lexicon never use. */
export const MAX_UNKNOWN_OWN_WORDS = 1;
/** Per million spoken words (SUBTLEX-US): "time" 2253, "plan" 278, "matter" 418; "test" 137, "logs" 19. */
export const COMMON_SPEECH_RATE = 250;
// Hits the follow-up's own words may pick the answer from.
const SEARCH_DEPTH = 50;

// "what else should i harden on the host" after a thread on firecracker's jailer: more of what the
// thread is about. Not "is the vpn down for anyone else": someone else.
const REFERS_BACK = /\b(that|this|it|its|those|these|them|they|there|same|such|either|both|(?<!(?:one|body|or)\s+)else)\b/i;
const FOLLOW_UP_OPENING =
  /^\s*(and|but|also|so|then|ok(?:ay)?,?\s+(?:and|so|but)|what\s+about|how\s+about|what\s+if|why|how\s+come|is\s+that|does\s+that)\b/i;

/**
 * True when a question leans on what was asked before: it refers back, opens as a follow-up, asks
 * about an aspect ("networking-wise?"), or names at most one thing.
 */
export function dependsOnContext(question: string): boolean {
  return (
    terms(ownText(question)).length <= 1 ||
    FOLLOW_UP_OPENING.test(question) ||
    REFERS_BACK.test(question) ||
    ELLIPSIS.test(question) ||
    sumsUpThread(question) ||
    asksAspect(question) ||
    HOW_SO.test(question) ||
    HOW_FAR.test(question) ||
    ECHO_HOW.test(question)
  );
}
// "what kinds dont fit well", "which ones need a vm": kinds or ones of what the thread named.
const ELLIPSIS = /\b(?:(?:what|which)\s+(?:kinds?|sorts?|types?)(?!\s+of\b)|which\s+ones?)\b/i;

// "networking-wise?", "cost wise, any difference?": an aspect of what the thread is about. Written
// apart, "wise" is the adjective too ("is it really wise to share the kernel?"): only where nothing
// in the question makes it one ("is", "be", …).
const ASPECT = /\p{L}{3}-wise\b/iu;
const ASPECT_APART = /\p{L}{3}\s+wise\b/iu;
const MAKES_ADJECTIVE = /\b(?:is|are|was|were|be|been|being|isn'?t|aren'?t|seems?|sounds?|feels?)\b/i;
const asksAspect = (question: string) => ASPECT.test(question) || (ASPECT_APART.test(question) && !MAKES_ADJECTIVE.test(question));
// "why though?", "and the other way round?", "which then?", "explain that a bit more", "which
// works out cheaper in the end?": words that steer a follow-up, not what it is about; its thread
// says that. Only where they steer: "a bit of time", "a little while", "did it work out?" and "at
// the end of the day who cares?" are chatter about something else. "genuinely tho", "jokes aside" turn from a
// joke to the question (blind thread set seed-27).
const DISCOURSE =
  /\b(?:the\s+other\s+way\s+a?round|vice\s+versa|though|tho|then|genuinely|honestly|seriously|srsly|(?:all\s+)?jokes?\s+aside|first|next|even|instead|anyway|again|exactly|really|actually|otherwise|yet|already|overall|all\s+in\s+all|on\s+balance|(?:in|at)\s+the\s+end(?:\s+of\s+the\s+day)?(?=\s*(?:[,.!?]|$|(?:which|what|is|are|does|do|would|will|should|how|why)\b))|a\s+(?:little\s+)?bit(?:\s+more)?(?!\s+of\b)|a\s+little(?:\s+more)?(?!\s+(?:of|time|while)\b)|works?\s+out(?=\s+(?:cheaper|better|worse|faster|slower|safer|more|less)\b))\b/giu;
// "what's the equivalent for containers?", "and what plays that role for containers": what the
// thread named, asked of another thing. Words that point back, not what the follow-up is about
// (both had been declined: "equivalent" is no word of the knowledge). Threads: seed-7 and seed-8
// tuning hit@1, hit@3 and answered +1 each of 21 and 20; the other sets and chatter unchanged.
const COUNTERPART =
  /\b(?:equivalents?|counterparts?|analog(?:ue)?s?|(?:plays?|fills?|does|do)\s+(?:that|this|the\s+same)\s+(?:role|job|part))\b/giu;
const ASKS_COUNTERPART = new RegExp(COUNTERPART.source, 'iu');
// "is this a normal thing people do or weird?", "do people actually do that?", "is that a weird
// setup?": whether what the thread named is usual, which the passage on it answers (blind thread set
// seed-20: declined, its words unknown to the knowledge).
const USUAL =
  /\b(?:(?:a\s+)?(?:normal|common|usual|typical|standard|weird|unusual|strange|odd)(?:\s+(?:thing|practice|pattern|setup|approach))?(?:\s+(?:people|folks|teams|companies)\s+do)?|(?:do|does)\s+(?:people|folks|teams|companies|anyone)\s+(?:actually\s+|really\s+)?do\s+(?:that|this|it))\b/giu;
// "is that a fair point or outdated", "is that a legit requirement or are they just lazy?", "convince me
// otherwise": whether what the thread claimed holds, which the passage on the claim answers (blind
// thread set seed-21: declined, two words of their own the knowledge never uses). Words that judge a
// claim, not what it is about ("is he right or is that just hype"; blind thread set seed-26: declined; "who's
// right" and "are they right" cost a check half a thread answer); only after a claim: "how accurate is it?" after a question asks of
// accuracy (round-38 review).
// "is that a fair way to put it", "a fair summary?": whether the thread's wording holds, after a claim or a
// question put as one ("so containers are just vms that forgot their kernel at home?"; blind thread set seed-27).
// The whole follow-up, a few words of speech before it: not "is there a good description of cgroups somewhere?"
// (first round-44 review).
const WORDING = String.raw`(?:a\s+)?(?:fair|accurate|good|reasonable)\s+(?:way\s+to\s+(?:put|say|describe)\s+it|description|summary|characteri[sz]ation)`;
const WORDING_CHECK = new RegExp(
  String.raw`^\s*(?:[\p{L}'’]+[,\s]+){0,3}?(?:(?:is|was)\s+(?:that|this|it)\s+)?${WORDING}(?:\s+(?:of\s+(?:it|that|this)|tho|though|really))?[\s?!.]*$`,
  'iu',
);
const CLAIM_CHECK = new RegExp(
  String.raw`\b(?:(?:a\s+)?(?:fair|valid|good|reasonable)\s+(?:point|claim|argument|take)|${WORDING}|legit(?:imate)?|accurate|outdated|out\s+of\s+date|overblown|exaggerated|overstated|(?:a\s+)?myth|fud|nonsense|(?:just\s+)?lazy|convince\s+me(?:\s+otherwise)?|prove\s+it|change\s+my\s+mind|says\s+who|over-?simplif(?:y|ying|ied|ies|ication)|(?:just\s+|all\s+|pure\s+|marketing\s+)?hype|over-?hyped|(?:an?\s+)?(?:bit\s+)?simplistic|too\s+simple|more\s+to\s+it|(?:the\s+)?(?:whole|full|complete)\s+(?:story|picture))\b`,
  'giu',
);
// What a follow-up says of its own: without an aspect's "-wise" and the words that only steer it.
// "wait is that actually wrong?": a pause before the follow-up, not what it asks (blind thread set seed-24).
const PAUSE = /^\s*(?:wait|hold\s+on|hang\s+on)\b[\s,.!]*/i;
// "…? my tech lead says exactly that": who else holds the thread's claim, saying nothing more of it.
const ALSO_SAID =
  /(?:^|[.?!,;]\s*)(?:(?:and|but|cause|because|since)\s+)?(?:my|our|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:lead|boss|manager|cto|ceo|colleague|coworker|co-worker|teammate|architect|team|friend|prof(?:essor)?|teacher|mentor)\s+(?:says|said|thinks|claims|claimed|told\s+(?:me|us)|keeps\s+saying|swears\s+by)\s+(?:exactly\s+|just\s+|basically\s+)?(?:that|this|so|it|the\s+same(?:\s+thing)?)\s*(?:[.!]+\s*)?$/iu;
const ownText = (question: string) =>
  (asksAspect(question) ? question.replace(/(?<=\p{L}{3})[- ]wise\b/giu, '') : withoutFormWanted(question))
    .replace(PAUSE, '')
    .replace(ALSO_SAID, '')
    .replace(DISCOURSE, ' ')
    .replace(COUNTERPART, ' ')
    .replace(USUAL, ' ');

/**
 * The query of a follow-up with its earlier questions' terms added at CONTEXT_WEIGHT (the
 * latest) and less (older ones); terms the question has keep their own weight. Pure: the
 * queries arrive processed.
 */
export function withContext(query: ProcessedQuery, earlier: ProcessedQuery[]): ProcessedQuery {
  const weights = new Map(query.weights);
  earlier
    .slice(-MAX_CONTEXT_QUESTIONS)
    .reverse()
    .forEach((previous, i) => {
      const share = CONTEXT_WEIGHT / 2 ** i;
      for (const [term, weight] of previous.weights) {
        if (!weights.has(term)) weights.set(term, weight * share);
      }
    });
  return { terms: [...weights.keys()], weights };
}

/**
 * A follow-up's answer must match one of the follow-up's own words, if it has any: "what about
 * cost?" is about cost. A word the knowledge never uses is met only as written: a near spelling
 * of it is another word ("lunch?" is not the "launching" of a passage).
 */
export function meetsOwnWords(
  hit: Pick<Hit, 'exactTerms' | 'matchedTerms'>,
  own: readonly string[],
  known: (term: string) => boolean = () => true,
): boolean {
  return own.length === 0 || own.some((t) => hit.exactTerms.includes(t) || (known(t) && hit.matchedTerms.includes(t)));
}

/**
 * The follow-up's own words a passage may meet: its words, and what the lexicon says they mean
 * ("any gotchas with that?" asks about challenges, which the knowledge names, not gotchas).
 */
function ownWords(index: KnowledgeIndex, question: string): string[] {
  const own = ownText(question);
  const meant = [...index.lexicon.expandQuestion(own).keys()].filter((t) => index.hasTerm(t));
  return [...new Set([...terms(own), ...meant])];
}

/**
 * A follow-up answered with its earlier questions as context (answer() calls it when the
 * question leans on them):
 * - whether it is answered at all is judged on the follow-up and the latest earlier question
 *   together ("does that need special configuration?" after "can containers run on VMs?" is
 *   one question), by answer() itself;
 * - which passages answer it is ranked with the follow-up's words at full weight and the
 *   earlier questions' below (withContext), and the first must match one of the follow-up's
 *   own words;
 * - the short answer is chosen for the follow-up's words, or the earlier question's when it has none.
 * When the context does not help, the follow-up is answered as itself (declinedAlone, when the
 * caller has already answered it so). asClosestMatch offers the passage found as a closest match,
 * labelled uncertain, however well it matches (closestInThread).
 */
export function answerInContext(
  index: KnowledgeIndex,
  question: string,
  context: readonly string[],
  options: Partial<AnswerOptions> = {},
  { asClosestMatch = false, declinedAlone, briefly = false }: { asClosestMatch?: boolean; declinedAlone?: Answer; briefly?: boolean } = {},
): Answer {
  const plainly = sameAskedOfAnother(question);
  if (plainly !== undefined) {
    return { ...answerInContext(index, plainly, context, options, { asClosestMatch, declinedAlone, briefly }), question };
  }
  // "why containers?" after "our app crashes only inside the container" asks why it fails there, not the case for
  // containers (first round-44 review): "why only in containers?".
  if (BARE_WHY_SIDE.test(question) && failsIn(context.at(-1) ?? '', question)) {
    const there = question.replace(/\bwhy\s+(?:(?:pick|choose|use|go\s+(?:with|for))\s+)?/i, 'why only in ');
    return { ...answerInContext(index, there, context, options, { asClosestMatch, declinedAlone, briefly }), question };
  }
  const opts = { ...options, context: [] };
  const asksHere = asksInThread(question);
  const alone = () => declinedAlone ?? answer(index, question, opts);
  // Chatter in a thread points back too ("is the all-hands meeting recorded? i missed it"): a
  // follow-up says at most one thing of its own the knowledge never says ("… flag to leadership?").
  const earlier = askedLast(index, context.slice(-MAX_CONTEXT_QUESTIONS));
  const latest = earlier[earlier.length - 1]!;
  // The thread's question again: in brief or plainer ("gimme the top reason", "short version?", "tl;dr
  // pls", "in one line?": declined before, no word of its own matching; blind thread sets seed-11 and
  // seed-13), answered as the thread asked it (itself a follow-up, "why so many more containers", in
  // its own thread), and declined again if it was (read with the thread, its words would pass the gate
  // that declined it: "who has root on db-prod-3", then "in a nutshell"; round-30 review); or with its
  // two sides exchanged ("and the reverse?" after "what are the advantages of VMs over containers?": it
  // had quoted the VMs' advantages again; seed-12). Their words are none the knowledge uses, which is
  // no sign of chatter here. Exchanged sides the knowledge answers from the same passage ("can virtual
  // machines run inside containers?") it does not speak to: what the thread found is then only a
  // closest match.
  // The thread's last ask, when the messages after it only said things ("sum up containers vs vms for
  // my manager", "she decides on the hosting budget next week", "she's not technical", then "shorter"):
  // only a re-ask reaches back to it; another follow-up reads what was said last (round-32 review).
  if (briefly || sumsUpThread(question)) {
    const thread = askedLast(index, withLastAsk(context));
    const again = answer(index, thread.at(-1)!, { ...opts, context: thread.slice(0, -1) });
    if (again.answered || thread.some(asks)) return { ...again, question };
    // A thread that only said things ("containers share the host kernel", "sounds risky", then "eli5")
    // is answered as what it said, as a closest match, or not at all: the re-ask's own words
    // ("simpler") would find a passage of their own ("simpler licensing"; round-32 review).
    const said = answer(index, thread.join('\n'), { ...opts, asOneQuestion: true });
    return said.answered ? { ...said, question, confidence: 'low' } : { ...again, question };
  }
  // "what's the catch?" after "thinking about moving the billing monolith off vmware into containers": the
  // catch of the move, which the article's migration challenges state (it had quoted "proper
  // configuration is essential" from the passage on containers inside VMs; threads seed-5 and seed-11).
  // Only what can go wrong in doing it: "any risks?" or "downsides?" may ask of containers themselves.
  if (MOVE_CATCH.test(question) && terms(withoutCaveatWords(ownText(question))).length === 0 && catchOfMove(earlier)) {
    const move = answer(index, 'what are the challenges of migrating from VMs to containers', opts);
    if (move.answered) return { ...move, question, ...(asClosestMatch ? { confidence: 'low' as const } : {}) };
  }
  const exchanged = REVERSED.test(question) ? withSidesExchanged(latest) : undefined;
  let unsure = asClosestMatch;
  if (exchanged !== undefined) {
    const reversed = answer(index, exchanged, opts);
    if (reversed.answered && reversed.passages[0]?.id !== answer(index, latest, opts).passages[0]?.id) return { ...reversed, question };
    unsure = true;
  }
  // After a claim, the words that judge it are none of the follow-up's own.
  const judged = asks(latest) ? question.replace(WORDING_CHECK, ' ') : question.replace(CLAIM_CHECK, ' ');
  const stated = ownText(judged);
  const said = terms(stated);
  // What the thread said, matched as well as it alone is, offered as the follow-up's closest match.
  const claimsMatch = (claim = answer(index, latest, opts), text = latest): Answer | undefined => {
    const best = claim.answered ? rankedHits(index, processQuestion(text, index.lexicon, index), SEARCH_DEPTH, text) : [];
    const hit = best.find((h) => h.passage.id === claim.passages[0]?.id);
    return hit ? { ...claim, question, confidence: 'low', ...closestMatch(index, `${question}\n${text}`, hit, best) } : undefined;
  };
  // Whether the thread's claim holds where the asker is: the passage stating it, as a closest match,
  // where the thread's question is answered and the place is put in the lexicon's words, a size or a
  // product's name ("on a 16gb box", "on our 3 node proxmox cluster"; not "for the lunch order", nor
  // "for microservices", which a passage of its own may answer).
  const matters = MATTERS.exec(question);
  const place = (t: string) => (index.knows(t) && !index.hasTerm(t)) || /\d/.test(t) || (!index.knows(t) && !isEnglish(t));
  if (matters && asksHere && terms(question.slice(matters[0].length)).every(place)) {
    const claim = claimsMatch();
    if (claim) return claim;
  }
  if (said.filter((t) => !index.knows(t)).length > MAX_UNKNOWN_OWN_WORDS) return alone();
  // "how slow?", "how much faster tho" after "vms are slow to boot": how far the thread's claim
  // goes, which the passage stating it answers as far as the knowledge does (its own word, "slow",
  // had found a passage on monitoring performance; round-25 A/B check). Offered as a closest match:
  // whether the knowledge gives the figure asked is not known. No eval set, half or thread set
  // moves; chatter unchanged. In what respect a claim holds ("how so?"), the passage stating it
  // answers as surely as it answers the claim.
  const claimed = HOW_SO.test(question) ? latest : echoedHow(question, earlier);
  const inWhatRespect = claimed !== undefined;
  if ((HOW_FAR.test(question) || inWhatRespect) && asksHere) {
    const universal = UNIVERSAL.test(question);
    if (universal && REPORTS_PROBLEM.test(latest)) return alone();
    const said = answer(index, claimed ?? latest, opts);
    // What the claim's own answer says surely, it says of every case asked about as surely.
    if ((inWhatRespect || universal) && said.answered && said.confidence === 'high') return { ...said, question };
    const claim = claimsMatch(said, claimed);
    if (claim) return claim;
  }
  // "why so many more containers" after "how many containers can I fit on a host vs VMs?": why the
  // thread's answer holds, in its own words, which the sentence stating it explains as far as the
  // knowledge does ("…more containers on the same hardware compared to virtual machines, which each
  // require a full OS instance"); "many" had met a warning that flaws "could affect many containers"
  // (blind thread set seed-13). Only a why whose every word the answer says.
  if (WHY_OF_CLAIM.test(question)) {
    const said = answer(index, latest, opts);
    const claim = said.answered ? terms(said.passages[0]?.snippet ?? '') : [];
    const asked = terms(ownText(question));
    if (asked.length > 0 && asked.every((t) => claim.includes(t))) return { ...said, question };
  }
  // "whats the catch", "what could go wrong" after "containers sound great": the drawbacks of the side
  // the thread named, which the two read as one did not match (the thread asks nothing), offered as
  // the thread's closest match, labelled uncertain. Only a question that says nothing but that: "any
  // downsides to the new on-call rota?" asks of something else.
  const drawbacksOfThreadSide = (): Answer | undefined => {
    const side = sideAsked(index, question, latest);
    if (side?.fromThread !== true || side.aspect !== 'drawbacks' || !asksHere) return undefined;
    if (terms(withoutCaveatWords(ownText(question))).length > 0) return undefined;
    const hits = rankedHits(
      index,
      withContext(processQuestion(question, index.lexicon, index), [processQuestion(latest, index.lexicon, index)]),
      SEARCH_DEPTH,
      question,
      latest,
    );
    const top = hits.find((h) => statesAsked(index, h.passage, side));
    if (!top) return undefined;
    const { abstainReason: _reason, unknownEntities: _names, ...rest } = together;
    return { ...rest, question, answered: true, confidence: 'low', ...closestMatch(index, `${question}\n${latest}`, top, hits) };
  };
  // Judged with the question just before it, or, when that was a follow-up too ("what would you
  // use instead?"), with the one before that as well.
  // A thread that named what the knowledge is about ("podman logs shows nothing") is about it in
  // every follow-up, which need not name it again ("if i switch to k8s-file can i cap the log size").
  const joined = { ...opts, asOneQuestion: true, thread: earlier, followUp: question };
  let together = answer(index, `${question}\n${latest}`, joined);
  if (!together.answered && earlier.length > 1) together = answer(index, [question, ...earlier.slice().reverse()].join('\n'), joined);
  if (!together.answered) {
    // "how come", "why?" after "containers use less disk": nothing of its own, and the two read as
    // one only partly match ("disk" the article never says). What the thread said is matched as
    // well as it alone is, and offered as its closest match, labelled uncertain. Threads: seed-6
    // tuning hit@1 +1, hit@3 +1, answered +1 of 24; chatter and the other thread sets unchanged.
    if (together.abstainReason === 'weak-match' && ownWords(index, judged).length === 0 && asksHere) {
      return claimsMatch() ?? alone();
    }
    return drawbacksOfThreadSide() ?? alone();
  }
  const own = ownWords(index, judged);
  const swapped = otherSubject(index, question, own, earlier);
  const query = withContext(
    processQuestion(question, index.lexicon, index),
    earlier.map((q) => withoutTerms(processQuestion(q, index.lexicon, index), swapped)),
  );
  // Ranked as a question alone is (a section heading that says it, a closing summary discounted, …);
  // one with no words of its own ("why specifically") as the thread's question is.
  const hits = rankedHits(index, query, SEARCH_DEPTH, own.length === 0 ? latest : question, latest);
  // "what about the downsides?" after "what are the benefits of vms": the drawbacks of that side,
  // which the earlier question names for the short answer too.
  const side = sideAsked(index, question, latest);
  const sideOfThread = side?.fromThread === true;
  // "and for vms?" after "what's the main downside of containers": the thread's question, of VMs,
  // chooses the sentence ("…of" alone, its side dropped, had met "Scalability challenges are easier
  // with containers" through "downside"; round-30 A/B check). Only for merits or drawbacks asked so.
  const ofAnother = side && !side.fromThread ? sideAskedOfAnother(question) : undefined;
  const askedAgain = ofAnother && withSideReplaced(latest, ofAnother.other, ofAnother.side);
  const withThread = askedAgain ?? `${question}\n${textWithout(latest, swapped)}`;
  const uncertain = (hit: Hit, sentencesFor = sideOfThread ? withThread : question): Answer => ({
    ...together,
    question,
    confidence: 'low',
    ...closestMatch(index, sentencesFor, hit, hits),
  });
  // "so whats the risk" after "containers share the host kernel right": a passage warning of what the
  // thread is about answers it, in whatever words it warns ("security considerations"). Found in a
  // blind A/B check; seed-2 threads tuning hit@1 +1 of 26, nothing else moves, chatter included.
  const caveat = asksCaveat(question);
  // "so what do we do about it" after "our security team says containers are not a security
  // boundary": the passage saying what to do of what the thread is about, in whatever words. Not a
  // follow-up naming a topic of its own, a word the knowledge uses that the thread does not (nor the
  // risk it points back at, "how do we mitigate the risk"): "how do we handle the shared kernel risk?"
  // after a thread on moving off VMs asks of the kernel, which its words find (round-34 review).
  const thread = earlier.join('\n');
  const threadSays = new Set(termsMeant(index, thread));
  // In its words or what the lexicon says they mean: "what can we do about slow boots?" asks of start-up.
  const fix = asksFix(question) && termsMeant(index, withoutCaveatWords(stated)).every((t) => !index.hasTerm(t) || threadSays.has(t));
  const saysWhatToDo = fix ? instructsOn(index, thread) : undefined;
  const instructing = saysWhatToDo && hits.find((h) => saysWhatToDo(h.passage));
  // Said of what the thread's words mean, not of its words: related, offered as a closest match.
  const saysWhatToDoMeant = fix && !instructing ? instructsOn(index, thread, true) : undefined;
  const meantInstructing = saysWhatToDoMeant && hits.find((h) => saysWhatToDoMeant(h.passage));
  if (meantInstructing) return uncertain(meantInstructing, withThread);
  const meets = (hit: Hit) => meetsOwnWords(hit, own, (t) => index.hasTerm(t));
  // The merits or drawbacks of one side are answered by the best passage stating them of it, in
  // whatever words ("what are the benefits for the team" after "we're moving our whole stack onto
  // containers": only the VMs' "advantages" met "benefits"). Threads: seed-6 tuning hit@1 +1,
  // answer@1 +1 of 24; chatter unchanged.
  const top =
    (side && hits.find((h) => statesAsked(index, h.passage, side))) ??
    instructing ??
    hits.find((h) => meets(h) || (caveat && warns(h.passage)));
  // Met only as a warning, not in its words: the thread's closest match, never posted unasked.
  if (top && !meets(top)) return uncertain(top, withThread);
  if (!top) {
    // "what's the catch?", "what does it give you exactly?": nothing of its own the knowledge says,
    // so no passage meets it, yet it asks about what the thread is about. Words the lexicon knows
    // only inside its phrases are no words of the knowledge either ("ok whats step one": "step" of
    // "step by step"); a mix of those and words nobody knows ("why is the sky blue?": "blue" of
    // "blue-green") is a question of its own. Offered as the thread's closest match, labelled
    // uncertain, which a thread that did not mention the bot never sees: chatter of one such word
    // ("lunch?") is not told from it by its words. Only a question: "cool, see you all at standup"
    // asks nothing.
    if (
      hits.length > 0 &&
      own.length > 0 &&
      (own.every((t) => !index.knows(t)) || own.every((t) => !index.hasTerm(t) && index.knows(t))) &&
      asksHere
    ) {
      // Its words tell no sentence from another: the question before it chooses the quote.
      return uncertain(hits[0]!, `${question}\n${latest}`);
    }
    return alone();
  }
  // Met only through what the lexicon says its words mean ("and cgroups do what?" by passages on
  // isolation): related, but the knowledge does not say it, so it is offered as a closest match.
  const inOwnWords = said.some((t) => top.exactTerms.includes(t) || (index.hasTerm(t) && top.matchedTerms.includes(t)));
  // A synonym in English ("gotchas" for challenges) means what the knowledge says; a technical
  // name the lexicon files under a broader concept ("cgroups" under isolation) does not.
  if (said.length > 0 && !inOwnWords && said.some((t) => !isEnglish(t))) {
    return uncertain(top);
  }
  // Met only through the lexicon, by another passage than the one the follow-up and its thread
  // found together: "any gotchas?" after a question on licensing may mean the licences' catch, not
  // the migration challenges "gotchas" means on its own; and a statement so met ("we'll watch out
  // for that") is chatter.
  if (said.length > 0 && !inOwnWords && together.passages[0]?.id !== top.passage.id) {
    return asksHere ? uncertain(top) : alone();
  }
  if (unsure) return uncertain(top);
  // Chatter in a thread meets the knowledge in the commonest words of speech ("what time is it?",
  // "whats the plan?": "startup times", "planning your … strategy"): a follow-up that says nothing
  // else of its own, and no concept of the lexicon, is offered as a closest match, which a thread
  // that did not mention the bot never sees.
  const known = said.filter((t) => index.knows(t));
  if (known.length > 0 && index.lexicon.conceptsIn(stated) === 0 && known.every((t) => everydayRate(t) >= COMMON_SPEECH_RATE)) {
    return uncertain(top);
  }
  const limit = Math.max(1, options.limit ?? defaultAnswerOptions.limit);
  const floor = top.score * (options.relatedScoreRatio ?? defaultAnswerOptions.relatedScoreRatio);
  const chosen = [top, ...hits.filter((h) => h !== top && h.score >= floor)].slice(0, limit);
  // "why is that?" has no words of its own to choose a sentence by: it asks why of the question
  // before it ("are containers secure enough for untrusted code"), and gets that one's reason.
  const sentenceQuestion = own.length === 0 || swapped.size > 0 || sideOfThread ? withThread : question;
  return { ...together, question, passages: chosen.map((h) => toAnswerPassage(h, sentenceQuestion, index)) };
}

// What can go wrong in doing something, not what is wrong with a thing: "what's the catch", "any gotchas".
const MOVE_CATCH = /\b(?:gotchas?|pitfalls?|headaches?|go\s+wrong|watch\s+(?:out|for)|look\s+out|be\s+careful|(?:the|a|any)\s+catch)\b/i;
// "thinking about moving to containers", "moving the billing monolith off the old vmware cluster into
// containers", "we'll containerize the java services": a move onto containers, in one clause, still to come. Not one
// done ("we moved everything to containers two years ago"), a port forwarded, things already containerized, a shift
// handed to a team, or a move between container tools ("from docker swarm to kubernetes"; first round-48 review).
const CONTAINER_WORDS = String.raw`(?:containers?|docker|kubernetes|k8s|podman|openshift)`;
const MOVE_ONTO = new RegExp(
  String.raw`\b(?:move|moves|moving|migrate|migrates|migrating|switch|switches|switching|porting|shift|shifts|shifting)\b(?:(?!\bfrom\s+(?:docker|podman|swarm|compose|containers?|kubernetes|k8s|openshift|nomad)\b)[^.?!;]){0,60}?\b(?:to|into|onto|over\s+to)\s+(?:[\p{L}-]+\s+){0,2}?${CONTAINER_WORDS}\b(?!\s+(?:team|people|group|folks|crew)\b)|\b(?:containeri[sz]|dockeri[sz])(?:e|es|ing)\b`,
  'iu',
);
const movesOntoContainers = (text: string) => MOVE_ONTO.test(text);
// The move is what the thread is about unless its latest message on the two plans something else ("separately, the ERP
// is getting its own dedicated VM", "now we're thinking about running a few VMs"; first round-48 review); one that only
// describes what runs today ("it's a java app on 3 vms today") leaves the move the topic (second round-48 review).
const ON_THE_TWO = new RegExp(
  String.raw`\b(?:${CONTAINER_WORDS}|containeri[sz]\w*|dockeri[sz]\w*|pods?|vms?|virtual\s+machines?|vmware)\b`,
  'i',
);
const PLANS_OTHER = /\b(?:going\s+to|gonna|planning|plan|thinking|want|wants|getting|separately|also|instead)\b/i;
function catchOfMove(earlier: readonly string[]): boolean {
  const latest = earlier.filter((m) => ON_THE_TWO.test(m)).at(-1);
  if (latest === undefined) return false;
  if (movesOntoContainers(latest)) return true;
  return !PLANS_OTHER.test(latest) && earlier.some(movesOntoContainers);
}

/**
 * The thread's messages with the question the follow-up leans on last: "how many vms can one host
 * run?", then "planning a new cluster", then "vs containers?" compares with the question, which the
 * remark after it only sets in context ("planning" had found the migration FAQ's "Start by planning
 * your container orchestration strategy"; blind thread set seed-11). Not a remark that names what
 * the knowledge is about: "actually i meant containers" turns the thread.
 */
function askedLast(index: KnowledgeIndex, earlier: readonly string[]): readonly string[] {
  const last = earlier.length - 1;
  if (last < 1 || asks(earlier[last]!) || !asks(earlier[last - 1]!)) return earlier;
  const subjects = subjectsOf(index);
  if (terms(earlier[last]!).some((t) => subjects.has(t))) return earlier;
  return [...earlier.slice(0, last - 1), earlier[last]!, earlier[last - 1]!];
}

// "sum up containers vs vms for my manager", "explain the difference to me": a request asks as a question does.
const REQUEST =
  /^\s*(?:(?:pls|please|can\s+(?:you|u)|could\s+(?:you|u))\s+)?(?:sum(?:marize|marise)?\s+(?:it\s+|this\s+|that\s+)?up|summari[sz]e|explain|compare|describe|outline|break\s+down|(?:tell|give)\s+me\s+(?!a\s+(?:sec|second|min|minute|moment|bit)\b|when\b|if\b))\b/i;
const asks = (text: string) => isQuestion(text) || REQUEST.test(text);

// The thread's last messages, as many as are weighed; when none of them asks anything ("she decides on
// the hosting budget next week", "she's not technical"), the last message that asks comes before the
// last of them: "shorter" after those asks for the summary the thread requested three messages up.
function withLastAsk(context: readonly string[]): readonly string[] {
  const recent = context.slice(-MAX_CONTEXT_QUESTIONS);
  if (recent.some(asks)) return recent;
  const ask = context.slice(0, -MAX_CONTEXT_QUESTIONS).filter(asks).at(-1);
  return ask === undefined ? recent : [ask, context.at(-1)!];
}

const REVERSED = new RegExp(
  String.raw`^\s*${FOLLOW_UP_OPENERS}(?:what\s+about\s+|how\s+about\s+)?(?:the\s+)?(?:reverse|opposite(?:\s+direction)?|other\s+way\s+a?round|vice\s+versa|other\s+direction)\s*(?:then|tho|though)?\s*[?!.]*\s*$`,
  'iu',
);

/**
 * The text with its two sides exchanged, each mention of one for the other's first wording ("what
 * are the advantages of VMs over containers?" → "… of containers over VMs?"); undefined unless it
 * names both.
 */
export function withSidesExchanged(text: string): string | undefined {
  const mentions = sideMentions(text);
  const first = (side: Side) => mentions.find((m) => m.side === side);
  const vm = first('vms');
  const container = first('containers');
  if (!vm || !container) return undefined;
  const wording = (m: { start: number; end: number }) => text.slice(m.start, m.end);
  // From the end, so the positions of the mentions before each stay true.
  return mentions.reduceRight(
    (exchanged, m) => exchanged.slice(0, m.start) + wording(m.side === 'vms' ? container : vm) + exchanged.slice(m.end),
    text,
  );
}

/**
 * The text with its mention of one side put as the other ("what's the main downside of containers"
 * → "… of vms"); undefined unless it names that side once and not the other.
 */
export function withSideReplaced(text: string, from: Side, to: string): string | undefined {
  const mentions = sideMentions(text);
  // One mention only: "the downside of docker compared to podman" names two things of one side.
  const m = mentions[0];
  if (mentions.length !== 1 || m?.side !== from) return undefined;
  return text.slice(0, m.start) + to + text.slice(m.end);
}

// "by a lot?", "by much?" after "which one is cheaper to run": how far, too (round-30 closing A/B check).
// "every single one??", "all of them?", "always?" after "vms need their own os?": how far the claim
// reaches; a follow-up, though "every" and "single" are words of its own (blind thread set seed-17: declined).
const UNIVERSAL_BODY = String.raw`(?:(?:literally|really)\s+)?(?:every\s+(?:single\s+)?one|each\s+(?:and\s+every\s+)?one|all\s+of\s+them|always|every\s+(?:single\s+)?time)(?:\s+(?:of\s+them|tho|though|really))?[\s?!.]*$`;
// Only a few openers: after "then", "yeah" or "lol" it is chatter or another question ("lol every time", "then how
// much?"; second round-43 review).
const HOW_FAR_OPENERS = String.raw`(?:(?:and|so|but|ok(?:ay)?|wait|hm+)[,\s]+)*`;
const UNIVERSAL = new RegExp(String.raw`^\s*${HOW_FAR_OPENERS}${UNIVERSAL_BODY}`, 'iu');
// Asked of a problem the asker reports ("my docker builds keep failing…", then "every time?"), it is chatter
// about the problem, not how far a claim about the two reaches (first round-43 review).
// A failure reported in the side asked about ("crashes only inside the container" before "why containers?"), not a
// move away from the other side's failures (second round-44 review).
const FAILS_IN = String.raw`\b(?:crash|fail|break|broke|error|hang|die|dies|died)\w*\s+(?:only\s+)?(?:inside|in|on|under)\s+(?:the\s+|a\s+|our\s+)?`;
const FAILS_IN_VM = new RegExp(String.raw`${FAILS_IN}(?:vms?|virtual\s+machines?)\b`, 'i');
const FAILS_IN_CONTAINER = new RegExp(String.raw`${FAILS_IN}(?:containers?|docker)\b`, 'i');
const failsIn = (message: string, question: string): boolean =>
  (/\bvms?\b|virtual\s+machines?/i.test(question) ? FAILS_IN_VM : FAILS_IN_CONTAINER).test(message);
const REPORTS_PROBLEM =
  /\b(?:my|our|i|we)\b[^.?!]{0,60}?\b(?:fail|fails|failing|failed|crash|crashes|crashing|crashed|broke|broken|breaks|error|errors|stuck|hangs?|hanging)\b/i;
const HOW_FAR = new RegExp(
  String.raw`^\s*${HOW_FAR_OPENERS}(?:${UNIVERSAL_BODY}|by\s+(?:a\s+lot|much|far|a\s+wide\s+margin)[\s?!.]*$|(?:by\s+)?how\s+(?:much|many|far|long|big|fast|quick|quickly|slow|cheap|expensive|heavy|light|secure|safe|risky|bad|likely|often|common)(?:\s+(?:more|less|faster|slower|longer|shorter|cheaper|bigger|smaller|better|worse|of\s+a\s+\p{L}+))?(?:\s+(?:tho|though|exactly|really|roughly|then|are\s+we\s+talking)\b)?[\s?!.]*$)`,
  'iu',
);

// "lighter in what way exactly", "how so?", "meaning what": in what respect the thread's claim holds,
// asked as HOW_FAR asks how far (round-26 A/B check: it had been declined).
// Chat's openers before a how-question, and what may close it ("…, concretely?"): one ending, one
// character class, so a run of spaces costs no more than a short one.
const HOW_OPENERS = String.raw`(?:(?:and|so|but|ok(?:ay)?|wait|hm+)[,\s]+)`;
const HOW_CLOSE = String.raw`(?:(?:\s*,\s*|\s+)(?:exactly|concretely|specifically|tho|though|then)\b)?`;
const HOW_SO = new RegExp(
  String.raw`^\s*${HOW_OPENERS}*(?:[\p{L}-]+\s+){0,2}(?:in\s+what\s+(?:way|sense|respect)s?|how\s+so|like\s+how|meaning\s+what)${HOW_CLOSE}[\s?!.]*$`,
  'iu',
);
// "wasteful how, concretely?" after "vms are so wasteful": the thread's own word, then how; asked as
// HOW_SO asks, only of a word the thread said ("networking how?" after "can containers run inside
// vms?" asks how networking works; round-32 review).
const ECHO_HOW = new RegExp(
  String.raw`^\s*${HOW_OPENERS}*(?!(?:no|not|dunno|idk|unsure|nobody|noone)\b)((?:[\p{L}-]+\s+){1,2})how${HOW_CLOSE}[\s?!.]*$`,
  'iu',
);
// The message of the thread the follow-up echoes, the latest first: "lighter how exactly" after
// "containers vs vms, which is lighter?" then "containers, obviously" echoes the question.
const echoedHow = (question: string, earlier: readonly string[]): string | undefined => {
  const echoed = ECHO_HOW.exec(question);
  if (echoed === null) return undefined;
  const said = terms(echoed[1]!);
  // Only openers ("and how?", "but how?"): how, of the claim itself; other words of no substance
  // ("thats how", "see how") ask nothing.
  if (said.length === 0) return ONLY_OPENERS.test(echoed[1]!) ? earlier.at(-1) : undefined;
  return [...earlier].reverse().find((text) => said.every((t) => terms(text).includes(t)));
};
const ONLY_OPENERS = new RegExp(String.raw`^${HOW_OPENERS}+$`, 'i');

// "does that even matter on a 16gb box?", "would it make a difference for us?": whether the thread's
// claim holds where the asker is, which the passage stating it answers as far as the knowledge does
// (round-32 A/B check: declined, "16gb" and "box" no words of the knowledge).
const MATTERS =
  /^\s*(?:(?:and|so|but|ok(?:ay)?|wait|hm+)[,\s]+)*(?:does|do|would|will|is|could)\s+(?:that|it|this|any\s+of\s+(?:that|this))\s+(?:even\s+|really\s+|actually\s+|still\s+)?(?:matter|make\s+(?:a|any|much\s+of\s+a)\s+difference|make\s+sense|apply)\b/iu;

const WHY_OF_CLAIM = new RegExp(
  String.raw`^\s*${FOLLOW_UP_OPENERS}why\s+(?:so|are\s+there|is\s+it|are\s+they|would\s+(?:it|they)\s+be)\b`,
  'iu',
);

const MAX_SWAP_WORDS = 3;

/**
 * The terms of the thread's latest question that name what the knowledge is about ("container" in
 * "how fast does a container boot") when the follow-up asks the same of another such thing ("and
 * a vm?"): they are what the follow-up replaces, so they no longer steer its answer. Empty otherwise.
 */
function otherSubject(index: KnowledgeIndex, question: string, own: readonly string[], earlier: readonly string[]): Set<string> {
  const asksOfAnother = ASKS_OF_ANOTHER.test(question) || ASKS_COUNTERPART.test(question);
  if (!asksOfAnother || terms(ownText(question)).length > MAX_SWAP_WORDS) return new Set();
  const subjects = subjectsOf(index);
  const asked = own.filter((t) => subjects.has(t));
  if (asked.length === 0) return new Set();
  return new Set(terms(earlier[earlier.length - 1]!).filter((t) => subjects.has(t) && !asked.includes(t)));
}

const withoutTerms = (query: ProcessedQuery, dropped: ReadonlySet<string>): ProcessedQuery =>
  dropped.size === 0
    ? query
    : { terms: query.terms.filter((t) => !dropped.has(t)), weights: new Map([...query.weights].filter(([t]) => !dropped.has(t))) };

const textWithout = (text: string, dropped: ReadonlySet<string>) =>
  dropped.size === 0
    ? text
    : text
        .split(/\s+/)
        .filter((word) => !terms(word).some((t) => dropped.has(t)))
        .join(' ');

/** Words of its own a question declined alone may have and still be read in its thread (see closestInThread). */
export const MAX_OWN_TERMS_IN_THREAD = 3;

/**
 * A question declined alone that its thread may explain ("what does orchestration actually give
 * you?" after "is k8s the only option?"; "anything to watch out for on security during the move?"
 * after where to start a migration): it does not point back, yet it is a follow-up. Offered the thread's closest match,
 * labelled uncertain (never posted in a thread that did not mention the bot), when it says little
 * and only in the domain's words: each of its few words the knowledge or its lexicon knows. A
 * question of its own says more, or a word the domain never uses ("tell me a joke about kubernetes").
 */
export function closestInThread(
  index: KnowledgeIndex,
  question: string,
  context: readonly string[],
  options: Partial<AnswerOptions> = {},
  declinedAlone?: Answer,
): Answer | undefined {
  // "what does it give you", "what does that buy us": asks what the thread's subject is good for,
  // which its thread names. (As a lexicon phrase it would pull every such question to the one
  // passage that says "advantages".)
  const said = terms(ownText(question).replace(GIVES_YOU, ' '));
  // The domain's words: the knowledge's own, or ones its lexicon gives a meaning in this question
  // ("watch out for" means challenges); "light" is in the lexicon only as part of other phrases.
  const meant = index.lexicon.targetsByTerm(question, true);
  const domains = (t: string) => index.hasTerm(t) || meant.has(t);
  if (said.length > MAX_OWN_TERMS_IN_THREAD || !said.every(domains)) return undefined;
  const inThread = answerInContext(index, question, context, options, { asClosestMatch: true, declinedAlone });
  return inThread.answered ? inThread : undefined;
}
const GIVES_YOU = /\b(?:gives?|buys?)\s+(?:you|us)\b/giu;

const EMOJI_CODE = /:[a-z0-9_+'-]+:/gi;
// "whats the first step" is chat's "what's"; "hows everyone doing" is a greeting, so not "hows".
// "yeah why tho", "yep, what about cost": chat's yes before the question (seed-6 threads tuning
// hit@3 and answered +1 of 24; chatter in threads unchanged).
// "when" only before an auxiliary: "when snow's forecast it gets about 25x the normal load overnight" tells when
// (round-45 closing A/B check: read as a question, the need after the flow's offer was declined).
const QUESTION_OPENING =
  /^\s*(?:(?:and|but|so|also|ok(?:ay)?|hm+|thanks|thx|yeah|yep|yup|yes|right|sure|true|nah|nope|no)[,.!]?\s+)?(whats?|whys?|how|whens?(?=['’]s\b|\s+(?:does|do|did|is|are|was|were|will|would|should|shall|can|could|might|must|has|have|had)\b|\s*$)|wheres?|which|whos?|whose|can|could|does|do|did|is|are|was|were|will|would|should|shall|may|might|must|has|have(?!\s+(?:a|an)\s+(?:good|great|nice|lovely|fun|safe)\b)|any|isn'?t|aren'?t|doesn'?t|don'?t|won'?t|wouldn'?t|shouldn'?t|couldn'?t|can'?t)\b(?!\s+do\s*[.!]*\s*$)/i;

/** True when a message in a thread asks something: a question, or a request for one aspect of its answer ("just the cons"). */
export const asksInThread = (text: string): boolean => isQuestion(text) || wantsOneAspect(text);

/**
 * True when a message asks something: it has a question mark or opens like a question.
 * "thanks!", "ok", an emoji or a statement is not a question; a bot that answers those in
 * a thread or help channel is noise.
 */
export function isQuestion(text: string): boolean {
  const plain = withoutDrawnOut(text.replace(EMOJI_CODE, ' ')).trim();
  if (!/[\p{L}\p{N}]/u.test(plain)) return false;
  return (
    plain.includes('?') ||
    QUESTION_OPENING.test(plain) ||
    ASKS_WITHIN.test(plain) ||
    asksHowOf(plain) ||
    offersTheTwoAlone(plain) ||
    (OR_ASKS.test(plain) && offersTheTwo(plain))
  );
}
// "container ok or do we need a VM": the two offered, the second in a question's words, without its mark.
const OR_ASKS = /\bor\s+(?:do|does|should|shall|would|will|can|could|is|are|must)\s+(?:we|i|you|they|it|that|this)\b/i;
// "lighter how exactly": a word of substance, then how, asks without its mark; not "i know how", "no
// idea how", "thats how", "see how" (a word of knowing or seeing takes "how" as its object). Only a
// short message is tried.
const ECHOED_HOW = new RegExp(String.raw`^\s*${HOW_OPENERS}*([\p{L}-]+)\s+how${HOW_CLOSE}[\s.!]*$`, 'iu');
const NOT_ASKING_HOW = new Set([
  'i',
  'you',
  'we',
  'they',
  'he',
  'she',
  'it',
  'no',
  'not',
  'dunno',
  'idk',
  'unsure',
  'see',
  'know',
  'knows',
  'knew',
  'show',
  'shows',
  'showed',
  'watch',
  'learn',
  'wonder',
  'guess',
  'explain',
  'explains',
  'thats',
  'that',
  'this',
  'exactly',
  'anyway',
  'lol',
  'somehow',
  'anyhow',
]);
const MAX_ECHOED_CHARS = 60;
const asksHowOf = (text: string): boolean => {
  if (text.length > MAX_ECHOED_CHARS) return false;
  const word = ECHOED_HOW.exec(text)?.[1];
  return word !== undefined && !NOT_ASKING_HOW.has(word.toLowerCase()) && terms(word).length > 0;
};
// "lighter in what way exactly", "faster how so", "by how much roughly": a question that opens with what it asks about.
const ASKS_WITHIN = /\b(?:in\s+what\s+(?:way|sense|respect)s?|how\s+so|how\s+come|by\s+how\s+(?:much|many|far))\b/i;

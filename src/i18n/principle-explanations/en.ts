/** Short English explanations of each service principle, written as advice to the player. */
import type { PrincipleId } from '../../core/principles.ts';

/** Every principle explained in English. */
export const enExplanations: Readonly<Record<PrincipleId, string>> = {
  'greet-fast':
    'Turn to a new customer straight away. Whatever you were doing can wait; if you cannot serve them yet, let them see you will be with them soon.',
  'clarify-needs':
    'Find out what the customer actually needs before you act: start with an open question, then narrow it down with specific ones.',
  'confirm-understanding':
    'Before you start the work, check that you have understood the request and let the customer confirm it.',
  'meet-needs':
    'Handle a routine request at once; for an unusual one, agree a plan with the customer. Look for a small way to do better than expected.',
  'check-satisfaction':
    'Before the customer leaves, ask whether everything is sorted. If it is not, find out what is missing.',
  'agree-next-steps': 'Tell the customer what happens next and when, then keep to that time.',
  thank: 'Thank the customer for coming and for their patience.',
  'nurture-self-esteem':
    'Show the customer that they matter: speak to them as an equal, avoid negative remarks and give specific, sincere praise where it is due.',
  empathy:
    'Name the feeling as well as the facts, for example “I understand it is annoying that the part has not arrived”. Understanding does not mean agreeing.',
  'propose-options':
    'When there is more than one way forward, suggest options and ask which the customer prefers, so that the decision stays theirs.',
  'prepare-mind': 'Start the shift ready for people: leave private worries behind the counter.',
  'prepare-workplace': 'Have the desk, forms and stock ready before the first customer arrives.',
  'acknowledge-waiting':
    'Let every waiting customer know you have seen them: a nod, eye contact or a quick word is enough while you serve someone else.',
  'recognize-regulars':
    'Greet returning customers as people you remember. Mentioning their last visit is the best compliment.',
  'match-register':
    'Speak as an equal and follow the customer’s form of address. Formal is the safe default; switch only when the customer does.',
  'active-offer': 'Take the initiative: ask about preferences, present what fits and recommend.',
  'mirror-social-proof':
    'When it is true, say what other customers usually choose or praise; it helps people decide.',
  'praise-choice': 'Confirm a good choice with a short, genuine compliment.',
  'offer-alternatives':
    'If what the customer wants is not available, do not stop at “no”: offer the closest alternative.',
  'drop-limiting-beliefs':
    'Do not decide for the customer that they are in a hurry, cannot afford it or will not listen. Ask and offer anyway.',
  'close-warmly':
    'End every contact on a friendly note: thanks, a goodbye and a good wish. The last moment is the one they remember.',
  paraphrase:
    'Repeat the problem and the agreed solution in your own words to make sure you both mean the same thing.',
  'own-the-problem':
    'Treat the customer’s problem as your task until it is solved or properly handed over. Unsolved problems cost trust.',
  'difficult-attitude':
    'When a customer is distrustful or uncooperative, stay calm and keep working towards a solution instead of arguing.',
  'patient-explaining':
    'When a customer struggles to explain, slow down: use short sentences, ask whether you are being clear and answer every question.',
  'own-mood':
    'Your mood shows in how you treat people. Do not let a bad moment spill onto the next customer.',
  'admit-mistakes':
    'If your side caused the problem, say so plainly and put it right. Owning a mistake builds trust.',
  honesty: 'Never pass on information you know to be false, even when asked to. Escalate instead.',
  reliability:
    'Give every customer the same high standard, every time, so they know what to expect.',
  timeliness: 'Be quick and thorough at once; ask a colleague for help when the queue grows.',
  personalize:
    'Treat the customer as a person, not a number: smile, use their name and remember what they told you.',
  approachable:
    'Keep frustration out of your voice. Stay friendly and polite, even when a problem is slow or difficult.',
  flexibility:
    'Look for a way to say yes: bend a rule where you are allowed to, or offer another solution instead of a flat refusal.',
  'above-and-beyond':
    'Do a little more than expected, such as following up yourself instead of waiting for the customer to call.',
  'no-hard-sell':
    'Listen before you sell. Pressing a product on a customer who has not asked for it drives them away.',
  'sin-true-lies':
    'Never sell extras the customer does not need or hide the real price. Customers find out and do not come back.',
  'sin-red-alert':
    'Rudeness or a dismissive tone is the quickest way to lose a customer. Stay respectful, whatever happens.',
  'sin-broken-promises':
    'Promise only what you can do, then do it: careless errors and missed appointments break trust.',
  'sin-i-just-work-here':
    'Do not hide behind your role. If you cannot solve it yourself, find the person who can and follow it through.',
  'sin-big-queue':
    'A long, unmanaged queue is a complaint in the making: keep it moving and keep people informed.',
  'sin-autopilot':
    'A script recited without interest sounds like one. Listen to this customer and answer them, not the average one.',
  'sin-suffering-in-silence':
    'Tell customers what is happening and how long it will take; silence makes every wait feel longer.',
  'sin-dont-ask-me':
    'Treat a request as part of the job, not an interruption, and make the extra effort when it is needed.',
  'sin-lights-on-nobody-home':
    'If you do not know the answer, say you will find out, then do. Guessing or shrugging leaves the customer stranded.',
  'sin-priorities-askew':
    'The customer in front of you comes before chatting, messages or your own tasks.',
};

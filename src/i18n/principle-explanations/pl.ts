/** Short Polish explanations of each service principle (impersonal register, as the UI). */
import type { PrincipleId } from '../../core/principles.ts';

/** Every principle explained in Polish. */
export const plExplanations: Readonly<Record<PrincipleId, string>> = {
  'greet-fast':
    'Nowym klientem warto zająć się od razu. Własne sprawy mogą poczekać; jeśli obsługa nie jest jeszcze możliwa, wystarczy dać znać, że za chwilę nastąpi.',
  'clarify-needs':
    'Przed działaniem należy ustalić, czego klient naprawdę potrzebuje: najpierw pytanie otwarte, potem pytania szczegółowe.',
  'confirm-understanding':
    'Przed rozpoczęciem pracy warto upewnić się, że prośba została dobrze zrozumiana, i poprosić klienta o potwierdzenie.',
  'meet-needs':
    'Rutynową sprawę załatwia się od razu; w nietypowej sytuacji plan ustala się wspólnie z klientem. Warto szukać okazji, by zrobić nieco więcej, niż się spodziewa.',
  'check-satisfaction':
    'Zanim klient wyjdzie, trzeba zapytać, czy wszystko zostało załatwione. Jeśli nie, należy ustalić, czego brakuje.',
  'agree-next-steps':
    'Klient powinien usłyszeć, co i kiedy wydarzy się dalej, a ustalony termin należy dotrzymać.',
  thank: 'Warto podziękować klientowi za wizytę i cierpliwość.',
  'nurture-self-esteem':
    'Klient powinien czuć, że jest ważny: rozmowa jak równy z równym, bez negatywnych uwag, a gdy jest za co, szczera i konkretna pochwała.',
  empathy:
    'Oprócz faktów warto nazwać uczucie, np. „Rozumiem, że to irytujące, że część jeszcze nie dotarła”. Zrozumienie nie oznacza zgody.',
  'propose-options':
    'Gdy można postąpić na kilka sposobów, najlepiej zaproponować warianty i zapytać, który klientowi odpowiada. Decyzja pozostaje wtedy w jego rękach.',
  'prepare-mind':
    'Zmianę zaczyna się gotowym na kontakt z ludźmi: prywatne troski zostają za drzwiami.',
  'prepare-workplace':
    'Stanowisko, formularze i towar powinny być gotowe, zanim przyjdzie pierwszy klient.',
  'acknowledge-waiting':
    'Każdy czekający klient powinien wiedzieć, że został zauważony: podczas obsługi innej osoby wystarczy skinienie głową, spojrzenie lub krótkie słowo.',
  'recognize-regulars':
    'Stałego klienta wita się jak znajomego. Nawiązanie do poprzedniej wizyty to najlepszy komplement.',
  'match-register':
    'Rozmowa toczy się jak równy z równym, a forma zwracania się podąża za klientem. Forma „Pan/Pani” jest zawsze bezpieczna; na „ty” przechodzi się dopiero wtedy, gdy zrobi to klient.',
  'active-offer':
    'Warto przejąć inicjatywę: zapytać o preferencje, przedstawić to, co pasuje, i doradzić.',
  'mirror-social-proof':
    'Jeśli to prawda, można wspomnieć, co zwykle wybierają lub chwalą inni klienci: to ułatwia decyzję.',
  'praise-choice': 'Dobry wybór warto potwierdzić krótkim, szczerym komplementem.',
  'offer-alternatives':
    'Gdy tego, czego klient chce, nie ma, nie należy poprzestawać na „nie”: trzeba zaproponować najbliższą alternatywę.',
  'drop-limiting-beliefs':
    'Nie należy zakładać za klienta, że się spieszy, nie ma pieniędzy albo nie będzie słuchać. Mimo to warto zapytać i zaproponować.',
  'close-warmly':
    'Każdy kontakt powinien kończyć się życzliwie: podziękowanie, pożegnanie i dobre życzenia. Zapamiętuje się właśnie ostatnią chwilę.',
  paraphrase:
    'Powtórzenie problemu i uzgodnionego rozwiązania własnymi słowami pozwala upewnić się, że obie strony mówią o tym samym.',
  'own-the-problem':
    'Problem klienta jest zadaniem do wykonania, dopóki nie zostanie rozwiązany lub właściwie przekazany. Nierozwiązane problemy kosztują zaufanie.',
  'difficult-attitude':
    'Gdy klient jest nieufny lub nie współpracuje, trzeba zachować spokój i dalej dążyć do rozwiązania zamiast się spierać.',
  'patient-explaining':
    'Gdy klientowi trudno coś wyjaśnić, warto zwolnić: krótkie zdania, pytanie, czy wszystko jest jasne, i odpowiedź na każde pytanie.',
  'own-mood':
    'Nastrój widać w sposobie traktowania ludzi. Gorsza chwila nie powinna przechodzić na kolejnego klienta.',
  'admit-mistakes':
    'Jeśli problem powstał po naszej stronie, trzeba to jasno przyznać i naprawić. Przyznanie się do błędu buduje zaufanie.',
  honesty:
    'Nigdy nie należy przekazywać informacji, o których wiadomo, że są nieprawdziwe, nawet na prośbę przełożonego. Lepiej przekazać sprawę wyżej.',
  reliability:
    'Każdy klient, za każdym razem, powinien dostać ten sam wysoki poziom obsługi, by wiedział, czego się spodziewać.',
  timeliness:
    'Obsługa ma być jednocześnie szybka i staranna; gdy kolejka rośnie, warto poprosić o pomoc współpracownika.',
  personalize:
    'Klient to osoba, a nie numer: uśmiech, zwracanie się po imieniu i pamiętanie, co mówił, robią różnicę.',
  approachable:
    'W głosie nie powinno być słychać zniecierpliwienia. Uprzejmość i życzliwość obowiązują także przy trudnych lub długich sprawach.',
  flexibility:
    'Warto szukać sposobu, by powiedzieć „tak”: nagiąć regułę tam, gdzie wolno, albo zaproponować inne rozwiązanie zamiast suchej odmowy.',
  'above-and-beyond':
    'Dobrze jest zrobić trochę więcej, niż się oczekuje, np. samemu odezwać się do klienta, zamiast czekać na jego telefon.',
  'no-hard-sell':
    'Najpierw słuchanie, potem sprzedaż. Wciskanie produktu, o który klient nie prosił, odstrasza go.',
  'sin-true-lies':
    'Nigdy nie należy sprzedawać zbędnych dodatków ani ukrywać prawdziwej ceny. Klienci to odkrywają i nie wracają.',
  'sin-red-alert':
    'Niegrzeczność lub lekceważący ton to najszybszy sposób na utratę klienta. Szacunek obowiązuje bez względu na okoliczności.',
  'sin-broken-promises':
    'Obiecuje się tylko to, co da się zrobić, a potem się to robi: niedbałe błędy i niedotrzymane terminy niszczą zaufanie.',
  'sin-i-just-work-here':
    'Nie należy zasłaniać się swoim stanowiskiem. Jeśli samemu nie da się czegoś rozwiązać, trzeba znaleźć osobę, która to zrobi, i dopilnować sprawy do końca.',
  'sin-big-queue':
    'Długa, nieobsługiwana kolejka to przyszła skarga: trzeba utrzymywać jej ruch i informować czekających.',
  'sin-autopilot':
    'Formułka wyrecytowana bez zaangażowania tak właśnie brzmi. Warto wysłuchać tego konkretnego klienta i odpowiedzieć właśnie jemu.',
  'sin-suffering-in-silence':
    'Klient powinien wiedzieć, co się dzieje i ile to potrwa: milczenie wydłuża każde czekanie.',
  'sin-dont-ask-me':
    'Prośba klienta jest częścią pracy, a nie przeszkodą; gdy trzeba, warto włożyć dodatkowy wysiłek.',
  'sin-lights-on-nobody-home':
    'Gdy brakuje odpowiedzi, należy obiecać, że się ją sprawdzi, i rzeczywiście to zrobić. Zgadywanie lub wzruszenie ramion zostawia klienta bez pomocy.',
  'sin-priorities-askew':
    'Klient stojący przy stanowisku ma pierwszeństwo przed pogawędkami, wiadomościami i własnymi sprawami.',
};

package extract

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestRules checks one general rule per case on a short readout: who takes
// part, which claims are read and which are not, the event's type and date.
func TestRules(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		parts     []string // participants' names, in order
		claims    []string // "Surname verb" that must be read ("BOTH verb" for joint)
		notClaims []string // verbs that must not be read
		notTexts  []string // "verb text" of claims that must not be read
		refs      []string // "word n = Name": the person the text's n-th "word" (a whole word, from 1) refers to
		typ       string
		date      string
		states    []string // the states mentioned, as entity IDs, sorted
		init      string   // the initiator's name, "-" for none
		insts     []string // the institutions mentioned, as entity IDs, sorted
		instNames []string // the institutions' names, sorted
		persons   []string // every person's entity ID, sorted
		published string   // the publication date
		location  string   // the main event's location, an entity ID
		events    []string // every event's type, the main event first
		titles    []string // "Name = Title; Title": a person's role titles, in order
	}{
		{
			name:      "a quoted name before a capitalised format noun ('the \"Central Asia + Korea\" Forum') names a body",
			text:      "Foreign ministers of Kyrgyzstan and Korea meet\n\nBishkek, 4 June 2025\n\nThe Minister of Foreign Affairs of Kyrgyzstan Jan Horvat met the Minister of Foreign Affairs of Korea Cho Min.\n\nThe ministers discussed the next session of the \"Central Asia + Korea\" Forum in Seoul.\n",
			instNames: []string{"Central Asia + Korea Forum"},
		},
		{
			name: "a visit's event 'on the third day of his visit' dates the visit two days before the event's day",
			text: "Minister Horvat visits Peru\n\n20 May 2025\n\nForeign Minister Jan Horvat met President Petra Novak in Lima today, on the third day of his official visit to Peru.\n",
			typ:  "visit",
			date: "2025-05-18",
		},
		{
			name: "a relative day inside 'following the death of ...' dates the death, not the message: the message is of the day of publication",
			text: "President sends condolences to Ghana\n\nHarare, Thursday 8 August 2024\n\nPresident Jan Horvat has sent a message of condolence to President Petra Novak of Ghana following the death of former President Kofi Mensah in Accra on Tuesday.\n\nIn his message, President Horvat conveyed the condolences of the people of Zimbabwe.\n",
			typ:  "letter",
			date: "2024-08-08",
		},
		{
			name:   "'the invitation was accepted' after 'invited' in the same sentence is accepted by the one invited",
			text:   "Prime Minister meets Tunisian counterpart\n\nValletta, 4 June 2025\n\nPrime Minister Jan Horvat met the Prime Minister of Tunisia, Petra Novak, today.\n\nPrime Minister Horvat invited Prime Minister Novak to visit Valletta in the autumn, and the invitation was accepted with pleasure.\n",
			claims: []string{"Horvat invited", "Novak accepted"},
		},
		{
			name:   "'the head of the Uzbek foreign policy agency' and 'the head of Uzbek diplomacy' are the foreign minister of that state",
			text:   "Talks of the foreign ministers of Uzbekistan and Austria\n\nTashkent, 7 May 2025\n\nThe Minister of Foreign Affairs of Uzbekistan Jan Horvat held talks with the Federal Minister for European and International Affairs of Austria Petra Novak.\n\nWelcoming the guest, the head of the Uzbek foreign policy agency congratulated her on her appointment. The head of Uzbek diplomacy also stressed the growth of trade.\n",
			claims: []string{"Horvat congratulated", "Horvat stressed"},
		},
		{
			name: "'at the initiative of' in a later sentence names the initiator only of the event it speaks of, not of a resolution the sentence names",
			text: "Videoconference of the foreign ministers of Kazakhstan and Korea\n\nAstana, 5 March 2025\n\nA videoconference was held today between the Minister of Foreign Affairs of Kazakhstan Jan Horvat and the Minister of Foreign Affairs of Korea Cho Min.\n\nThe Kazakh side thanked Korea for supporting the declaration of the General Assembly on water security, adopted at the initiative of Kazakhstan.\n",
			typ:  "video_call",
			init: "-",
		},
		{
			name:      "a passive report ('It was reported that') is news, no one's claim",
			text:      "President speaks with Chilean counterpart\n\nLima, 3 April 2025\n\nPresident Jan Horvat spoke by telephone today with the President of Chile, Gabriel Boric.\n\nIt was reported that the talks on the port had stalled. President Boric noted the reported progress of the rail works.\n",
			claims:    []string{"Boric noted"},
			notClaims: []string{"reported", "reported that"},
		},
		{
			name:   "'reported on' and 'reported that' are claims of a report, as 'briefed' is",
			text:   "President speaks with Chilean counterpart\n\nLima, 3 April 2025\n\nPresident Jan Horvat spoke by telephone today with the President of Chile, Gabriel Boric. Minister of Trade Ana Ruiz also took part in the call.\n\nRuiz reported on the state of the talks on the port of Chancay. Boric reported that the new rail line would open next year.\n",
			claims: []string{"Ruiz reported on", "Boric reported that"},
		},
		{
			name: "accession or membership negotiations are a process a joint statement speaks of, not a meeting: a bare joint statement is of type other",
			text: "Joint declaration of the Prime Ministers of Montenegro and Slovenia\n\nPodgorica, 9 June 2025\n\nAfter the closing of two chapters of the membership negotiations with the European Union, Prime Minister Jan Horvat and Prime Minister of Slovenia Petra Novak adopted the following joint declaration:\n\n\"We welcome the progress made and reaffirm our support for enlargement.\"\n",
			typ:  "other",
		},
		{
			name:    "a given name two persons of the readout share, named alone ('Sheikh Salem'), is one of them, not an office-holder of the tables with that word in the name",
			text:    "Foreign Minister receives call from Jordanian counterpart\n\nKuwait, 5 May 2024\n\nSheikh Salem bin Nasser Alharthy, Minister of Foreign Affairs, received a phone call today from Dr Salem Mansour, Minister of Foreign Affairs of Jordan.\n\nSheikh Salem affirmed Kuwait's support for the reconstruction of Gaza. Dr Mansour thanked him.\n",
			claims:  []string{"Alharthy affirmed", "Mansour thanked"},
			persons: []string{"person/salem-bin-nasser-alharthy", "person/salem-mansour"},
		},
		{
			name:   "an honorific and a given name two persons share ('Sheikh Talal') is the one introduced with that honorific, not the one named last",
			text:   "Foreign Minister receives call from Jordanian counterpart\n\nKuwait, 5 May 2024\n\nSheikh Talal bin Nasser Alharthy, Minister of Foreign Affairs, received a phone call today from Dr Talal Mansour, Minister of Foreign Affairs of Jordan.\n\nSheikh Talal affirmed Kuwait's support for the reconstruction of Gaza. Dr Mansour thanked him.\n",
			claims: []string{"Alharthy affirmed", "Mansour thanked"},
		},
		{
			name:   "a generic role ('the head of state writes') fits every head of state by office alike, so a recipient the tables know, named without a title, does not outrank the sender who writes",
			text:   "Congratulatory message from President Jan Horvat to Alar Karis\n\n12 March 2024\n\nPresident Jan Horvat sent a congratulatory message to Alar Karis on the national day of Estonia.\n\n\"Our two nations share a long history of friendship,\" the head of state writes.\n\nThe head of state wishes Alar Karis good health.\n",
			claims: []string{"Horvat writes", "Horvat wishes"},
		},
		{
			name:    "a verb of condolence or tribute in a headline ends a name: 'PRESIDENT BREGAR CONDOLES ...' names no 'Bregar Condoles'",
			text:    "PRESIDENT BREGAR CONDOLES KENYAN PRESIDENT RUTO\n\nLjubljana, 8 May 2024\n\nPresident Petra Bregar has sent a message of condolence to President William Ruto of Kenya following the floods in Nairobi.\n\nIn her message, President Bregar conveyed the condolences of the people of Slovenia.\n",
			persons: []string{"person/petra-bregar", "person/william-ruto"},
		},
		{
			name:      "a passive inside the 'that' clause of a reporting verb is what was said, no claim of its own: 'assured his guest that the country is committed to reform'",
			text:      "President receives call from Kenyan President\n\nLusaka, 3 June 2025\n\nPresident Jan Horvat received a telephone call today from President William Ruto of Kenya.\n\nPresident Horvat assured his guest that the country is committed to reform of the mining sector.\n",
			claims:    []string{"Horvat assured"},
			notClaims: []string{"committed"},
		},
		{
			name:      "the Conference of Heads of Government of the Caribbean Community is a body of the tables, under any of its names",
			text:      "Prime Minister meets CARICOM chair\n\nBridgetown, 10 July 2024\n\nPrime Minister Jan Horvat met the Chairman of the CARICOM Conference of Heads of Government, Dickon Mitchell, today. They discussed the agenda of the next Conference of Heads of Government of the Caribbean Community.\n",
			instNames: []string{"Conference of Heads of Government of CARICOM"},
		},
		{
			name:      "the end of a hyphenated title opens no body's name: 'informed the Director-General on the European Union's plans' names the European Union only",
			text:      "Minister meets WTO head\n\nGeneva, 2 April 2025\n\nMinister of Trade Jan Horvat met the Director-General of the World Trade Organization, Ngozi Okonjo-Iweala, today. He informed the Director-General on the European Union's plans for the next ministerial conference.\n",
			instNames: []string{"European Union", "World Trade Organization"},
		},
		{
			name:      "a dateline of a place in several parts, a full stop, a weekday and a date before a dash opens the body ('Paramaribo, Suriname. Tuesday 4 March 2025 -'): 'on Friday' after it is the Friday before",
			text:      "Community heads hold virtual meeting\n\nParamaribo, Suriname. Tuesday 4 March 2025 - The Secretary-General of the Caribbean Community, Dr. Ana Silva, and the President of the Inter-American Development Bank, Ilan Goldfajn, held a virtual meeting on Friday to review the financing of regional projects.\n",
			date:      "2025-02-28",
			published: "2025-03-04",
		},
		{
			name:      "a day-first dotted date with a space after each dot ('12. 3. 2025') is a date, and 'today' counts from it",
			text:      "Foreign Minister talks with Czech counterpart\n\n12. 3. 2025\n\nForeign Minister Jan Horvat spoke by telephone today with the Minister of Foreign Affairs of the Czech Republic, Jan Lipavský.\n",
			date:      "2025-03-12",
			published: "2025-03-12",
		},
		{
			name:   "a demonym before another demonym names a community of the second's state ('the Turkish Cypriot leader'), and a capital after a compass word is part of a city ('West Jerusalem'), not a government",
			text:   "Foreign Minister meets UN envoy\n\nNicosia, 8 April 2025\n\nForeign Minister Jan Horvat met the UN Secretary-General's Personal Envoy, María Ángela Holguín, today.\n\nThey discussed the positions of the Turkish Cypriot leader and the situation of the holy sites in West Jerusalem.\n",
			states: []string{"state/CYP"},
		},
		{
			name:   "'Administrator' and 'Executive Director' are the titles of an agency's head: 'the Prime Minister and the Administrator reviewed' and 'the Executive Director thanked' are said by them",
			text:   "Prime Minister meets agency heads\n\nDhaka, 4 May 2024\n\nPrime Minister Jan Horvat received the Administrator of the World Food Programme, Mark Lowe, and the Executive Director of UNICEF, Anna Berg, at his office today.\n\nThe Prime Minister and the Administrator reviewed food aid to the northern districts. The Executive Director thanked the Government for its support to schools.\n",
			claims: []string{"BOTH reviewed", "Berg thanked"},
			titles: []string{"Mark Lowe = Administrator", "Anna Berg = Executive Director"},
		},
		{
			name:   "a minister's title of two portfolios joined by 'and' before a name is the minister's whole title, not a title of no one ('Minister for Foreign Affairs and Foreign Trade Xavier Bettel'), and its second portfolio is no person ('and Urban Mobility, Ana Ruiz')",
			text:   "Ministers meet in Luxembourg\n\nLuxembourg, 3 March 2025\n\nMinister for Foreign Affairs and Foreign Trade Xavier Bettel today received the Minister of Public Works and Urban Mobility, Ana Ruiz. They discussed rail links with France and Denmark.\n\nMinister Bettel said that the new line would open in 2027.\n",
			parts:  []string{"Xavier Bettel", "Ana Ruiz"},
			titles: []string{"Xavier Bettel = Minister for Foreign Affairs and Foreign Trade; Minister"},
		},
		{
			name:  "a signing told first gives way to a meeting told after it: 'X and Y today signed a ... agreement in Hanoi. Earlier, X received Y ... for talks' is a meeting",
			text:  "Vietnam and Malaysia sign partnership\n\n21 November 2024\n\nPrime Minister Pham Minh Chinh and Prime Minister Anwar Ibrahim today signed a Comprehensive Strategic Partnership agreement in Hanoi. Earlier, Prime Minister Pham Minh Chinh received Prime Minister Anwar Ibrahim at the Government Office for talks.\n",
			parts: []string{"Phạm Minh Chính", "Anwar Ibrahim"},
			typ:   "meeting",
		},
		{
			name:   "a letter's 'I address to you, on behalf of ..., my warmest congratulations' is a claim, its object after the pronoun and the parenthetical; 'I extend to you my congratulations' too",
			text:   "President Faye congratulates President Nandi-Ndaitwah\n\n21 March 2025\n\nThe President of the Republic, His Excellency Mr. Bassirou Diomaye Diakhar FAYE, addressed a message of congratulations to Her Excellency Dr. Netumbo NANDI-NDAITWAH.\n\n\"Excellency,\n\nIt is with great joy that I address to you, on behalf of the people of Senegal, my warmest congratulations on your investiture. I extend to you my best wishes for success.\n\nI reaffirm the willingness of Senegal to strengthen our ties.\"\n",
			claims: []string{"Faye address warmest congratulations", "Faye extend best wishes", "Faye reaffirm"},
		},
		{
			name:   "'ratified' their commitment or support is a stance, as Latin American publishers use it: 'and ratified Moscow's firm support', 'the two Chancellors ... ratified their commitment'",
			text:   "Foreign Minister holds telephone conversation\n\nCaracas, 14 January 2025\n\nThe Minister of Foreign Affairs of Venezuela, Yván Gil Pinto, held a telephone conversation with the Minister of Foreign Affairs of the Russian Federation, Sergey Lavrov.\n\nForeign Minister Lavrov reiterated the greetings of President Vladimir Putin and ratified Moscow's firm support for Venezuela. The two Chancellors exchanged views on the international situation and ratified their commitment to a multipolar world.\n",
			claims: []string{"Lavrov reiterated", "Lavrov ratified", "BOTH exchanged views", "BOTH ratified"},
		},
		{
			name:      "the Council of Europe's Register of Damage for Ukraine is a body of the tables, named in full or short",
			text:      "Iceland to support Register of Damage\n\nStrasbourg 18/03/2025\n\nThe Secretary General of the Council of Europe, Alain Berset, and the Minister for Foreign Affairs of Iceland, Þorgerður Katrín Gunnarsdóttir, today signed an agreement on a voluntary contribution to the Register of Damage Caused by the Aggression of the Russian Federation Against Ukraine. Iceland has supported the Register of Damage for Ukraine since 2023.\n",
			instNames: []string{"Council of Europe", "Register of Damage Caused by the Aggression of the Russian Federation Against Ukraine"},
			states:    []string{"state/ISL", "state/RUS", "state/UKR"},
		},
		{
			name:      "a body's name in lower case after an indefinite article is a kind of body, none named: 'support the work on a special tribunal for the crime of aggression against Ukraine'",
			text:      "Iceland to support Register of Damage\n\nStrasbourg 18/03/2025\n\nThe Secretary General of the Council of Europe, Alain Berset, met the Minister for Foreign Affairs of Iceland, Þorgerður Katrín Gunnarsdóttir, today. Minister Gunnarsdóttir underlined that Iceland would also support the work on a special tribunal for the crime of aggression against Ukraine.\n",
			instNames: []string{"Council of Europe"},
		},
		{
			name:      "a capitalised name followed by its acronym names a body, even with a head that alone names none: 'the Refugees and Returnees Service (RRS)'",
			text:      "UNHCR chief meets Ethiopian Foreign Minister\n\nGENEVA, 25 March 2025\n\nHigh Commissioner Filippo Grandi met today in Geneva with Ethiopia's Minister of Foreign Affairs, Dr. Gedion Timothewos Hessebon. Minister Gedion briefed the High Commissioner on the work of the Refugees and Returnees Service (RRS) and of the Foreign Service.\n",
			instNames: []string{"Refugees and Returnees Service"},
		},
		{
			name:    "the rest of a known person's regnal name before an appositive is that person: 'His Majesty Sultan Haji Hassanal Bolkiah Mu'izzaddin Waddaulah, Sultan and Yang Di-Pertuan of Brunei Darussalam'",
			text:    "Bilateral meeting\n\n6 August 2024\n\nDr Vivian Balakrishnan, Minister for Foreign Affairs of the Republic of Singapore, met Prime Minister Anwar Ibrahim in Kuala Lumpur. Dr Vivian Balakrishnan conveyed the warm greetings of Prime Minister Lawrence Wong to His Majesty Sultan Haji Hassanal Bolkiah Mu'izzaddin Waddaulah, Sultan and Yang Di-Pertuan of Brunei Darussalam.\n",
			persons: []string{"person/anwar-ibrahim", "person/hassanal-bolkiah", "person/lawrence-wong", "person/vivian-balakrishnan"},
		},
		{
			name:    "a person introduced by three names and then called by the middle one alone is known without the last: 'Elmer Schialer Salcedo ... Minister Schialer' is Elmer Schialer",
			text:    "Foreign Minister Schialer meets with Canada's Minister of Foreign Affairs\n\n14 November 2024\n\nThe Minister of Foreign Affairs, Elmer Schialer Salcedo, held a bilateral meeting today with the Minister of Foreign Affairs of Canada, Mélanie Joly, in Lima.\n\nAt the beginning of the meeting, Minister Schialer welcomed the Canadian delegation.\n",
			parts:   []string{"Elmer Schialer", "Mélanie Joly"},
			claims:  []string{"Schialer welcomed"},
			persons: []string{"person/elmer-schialer", "person/melanie-joly"},
		},
		{
			name:      "a centre for events is a venue, no body: 'the APEC Ministerial Meeting, which is taking place at the Lima Convention Center'",
			text:      "Foreign Minister meets Canada's Minister of Foreign Affairs\n\n14 November 2024\n\nThe Minister of Foreign Affairs, Elmer Schialer, held a bilateral meeting today with the Minister of Foreign Affairs of Canada, Mélanie Joly, on the sidelines of the APEC Ministerial Meeting, which is taking place at the Lima Convention Center.\n",
			instNames: []string{"Asia-Pacific Economic Cooperation"},
		},
		{
			name:   "'the Head of the Kazakh diplomacy' is that state's participant, with 'the' before the demonym",
			text:   "Kazakh Foreign Minister holds phone call with Swedish counterpart\n\nAstana, 12 March 2024\n\nMinister of Foreign Affairs of Kazakhstan Murat Nurtleu held a telephone conversation with Minister for Foreign Affairs of Sweden Maria Malmer Stenergard.\n\nThe Head of the Kazakh diplomacy informed his counterpart about the reforms being carried out in the country, and invited Swedish business to participate in projects.\n",
			claims: []string{"Nurtleu informed", "Nurtleu invited"},
		},
		{
			name:      "a date line written year.month.day dates the readout: '2024.09.10', a visit 'from September 9 to 11' its first day",
			text:      "President of Mongolia holds official talks with President of the Kyrgyz Republic\n\n2024.09.10\n\nPresident of the Kyrgyz Republic Sadyr Japarov is paying a State visit to Mongolia from September 9 to 11 at the invitation of President of Mongolia Khurelsukh Ukhnaa.\n",
			published: "2024-09-10",
			date:      "2024-09-09",
		},
		{
			name:   "a Malay name with a patronymic under Malay forms of address is the given name and the father's last name: 'Yang Berhormat Dato Seri Setia Awang Haji Erywan bin Pehin Datu Pekerma Jaya Haji Mohd Yusof' is Erywan Yusof, 'Yang Berhormat Dato Erywan' the same",
			text:   "PRESS RELEASE\n\nBilateral meeting with Singapore\n\nThe Minister of Foreign Affairs II, Yang Berhormat Dato Seri Setia Awang Haji Erywan bin Pehin Datu Pekerma Jaya Haji Mohd Yusof, held a bilateral meeting with His Excellency Dr Vivian Balakrishnan, Minister for Foreign Affairs of the Republic of Singapore, on Tuesday, 6 August 2024 in Bandar Seri Begawan.\n\nYang Berhormat Dato Erywan expressed appreciation to Singapore for the training cooperation.\n",
			parts:  []string{"Erywan Yusof", "Vivian Balakrishnan"},
			claims: []string{"Yusof expressed appreciation"},
		},
		{
			name:    "a name written in capitals ends before a function word: 'MINISTER OF FOREIGN AFFAIRS II OF BRUNEI' names no 'II Of'",
			text:    "PRESS RELEASE\n\nBILATERAL MEETING BETWEEN THE MINISTER OF FOREIGN AFFAIRS II OF BRUNEI DARUSSALAM AND THE MINISTER FOR FOREIGN AFFAIRS OF THE REPUBLIC OF SINGAPORE\n\nHis Excellency Dr Vivian Balakrishnan, Minister for Foreign Affairs of the Republic of Singapore, held a bilateral meeting on Tuesday, 6 August 2024 in Bandar Seri Begawan.\n",
			persons: []string{"person/vivian-balakrishnan"},
		},
		{
			name:    "a role after a possessive is no person's name: 'UNHCR's Regional Director, Mamadou Dian Balde, also took part'",
			text:    "UNHCR chief meets Minister\n\nGENEVA, 25 March 2025\n\nThe UN High Commissioner for Refugees, Filippo Grandi, met today in Geneva with Minister Gedion Timothewos. UNHCR's Regional Director, Mamadou Dian Balde, also took part in the meeting.\n",
			parts:   []string{"Filippo Grandi", "Gedion Timothewos", "Mamadou Dian Balde"},
			persons: []string{"person/filippo-grandi", "person/gedion-timothewos", "person/mamadou-dian-balde"},
		},
		{
			name:  "a name after a title whose complement holds 'and' is a person: 'UNHCR's Director of the Regional Bureau for the East and Horn of Africa and the Great Lakes, Mamadou Dian Balde, also took part'",
			text:  "UNHCR chief meets Ethiopian Foreign Minister\n\nGENEVA, 25 March 2025\n\nThe UN High Commissioner for Refugees, Filippo Grandi, met today in Geneva with Ethiopia's Minister of Foreign Affairs, Dr. Gedion Timothewos Hessebon. UNHCR's Director of the Regional Bureau for the East and Horn of Africa and the Great Lakes, Mamadou Dian Balde, also took part in the meeting.\n",
			parts: []string{"Filippo Grandi", "Gedion Timothewos", "Mamadou Dian Balde"},
		},
		{
			name:    "another spelling of an office-holder's given name names that holder: 'Serguéi Lavrov' is Sergey Lavrov, and 'Foreign Minister Lavrov' the same person",
			text:    "Foreign Minister holds telephone conversation\n\nCaracas, 14 January 2025\n\nThe Minister of Foreign Affairs of Venezuela, Yván Gil Pinto, held a telephone conversation with the Minister of Foreign Affairs of the Russian Federation, Serguéi Lavrov.\n\nDuring the conversation, Foreign Minister Lavrov reiterated the greetings of President Vladimir Putin.\n",
			parts:   []string{"Yván Gil", "Sergey Lavrov"},
			claims:  []string{"Lavrov reiterated"},
			persons: []string{"person/sergey-lavrov", "person/vladimir-putin", "person/yvan-gil"},
		},
		{
			name:   "the host who receives a visitor the day after the talks takes part in the visit: 'is on a working visit ... held talks with ... This morning, he was received by President Félix Tshisekedi'",
			text:   "Minister Prévot in Kinshasa\n\n23/04/2025\n\nDeputy Prime Minister and Minister of Foreign Affairs Maxime Prévot is on a working visit to the Democratic Republic of the Congo from 22 to 24 April.\n\nYesterday evening, the Minister held talks with his Congolese counterpart, Minister of Foreign Affairs Thérèse Kayikwamba Wagner. This morning, he was received by President Félix Tshisekedi at the Cité de l'Union Africaine.\n\nPresident Tshisekedi thanked Belgium for its diplomatic engagement.\n",
			parts:  []string{"Maxime Prévot", "Thérèse Kayikwamba Wagner", "Félix Tshisekedi"},
			typ:    "visit",
			claims: []string{"Tshisekedi thanked"},
		},
		{
			name:   "two persons who sign an agreement together take part in the signing, an event of its own, not in a 'received' of a later reported clause",
			text:   "Iceland to support Register of Damage\n\nStrasbourg 18/03/2025\n\nThe Secretary General of the Council of Europe, Alain Berset, and the Minister for Foreign Affairs of Iceland, Þorgerður Katrín Gunnarsdóttir, today signed an agreement on a voluntary contribution to the Register of Damage, at a ceremony at the Palais de l'Europe.\n\nMinister Gunnarsdóttir recalled that the Register had already received more than 20,000 claims and stressed that there could be no lasting peace without justice.\n",
			parts:  []string{"Alain Berset", "Þorgerður Katrín Gunnarsdóttir"},
			typ:    "other",
			claims: []string{"Gunnarsdóttir recalled", "Gunnarsdóttir stressed"},
		},
		{
			name:  "a title's 'receives message' does not make a letter of an envoy's audience: 'received the Minister, who delivered a special message from President Y'",
			text:  "President Museveni receives message from Egypt's President El-Sisi\n\nState House Entebbe | Wednesday, 22nd January 2025\n\nH.E. Yoweri Kaguta Museveni, the President of the Republic of Uganda, today received Egypt's Minister of Foreign Affairs, H.E. Dr. Badr Abdelatty, who delivered a special message from President Abdel Fattah El-Sisi at State House Entebbe.\n\nDr. Abdelatty conveyed President El-Sisi's greetings.\n",
			parts: []string{"Yoweri Museveni", "Badr Abdelatty"},
			typ:   "meeting",
		},
		{
			name:  "the persons a condolence message names as dead are no participants: 'condolences to X over the tragic death of President Y, Foreign Minister Z and other members'",
			text:  "President sends condolences\n\n20 May 2024\n\nBelarusian President Aleksandr Lukashenko has sent a message of condolences to First Vice President of Iran Mohammad Mokhber over the tragic death of President Ebrahim Raisi, Foreign Minister Hossein Amir-Abdollahian and other members of the delegation in a helicopter crash.\n\nThe head of state noted that Raisi was a wise politician.\n",
			parts: []string{"Alexander Lukashenko", "Mohammad Mokhber"},
			typ:   "letter",
		},
		{
			name:   "'the Chancellor and his counterpart exchanged views' is joint: the possessive refers to the name before the conjunction, even when the other side was named last",
			text:   "Foreign Minister holds videoconference\n\nSantiago, 27 May 2025\n\nThis Tuesday, Minister of Foreign Affairs Alberto van Klaveren held a videoconference with the External Affairs Minister of India, Dr. S. Jaishankar.\n\nFor his part, Minister Jaishankar valued the progress achieved. He also thanked Chile for its support.\n\nFinally, the Chancellor and his counterpart exchanged views on the multilateral agenda, and agreed to continue coordinating positions.\n",
			claims: []string{"Jaishankar valued", "Jaishankar thanked", "BOTH exchanged views", "BOTH agreed"},
		},
		{
			name:      "a body named by words that many states' bodies bear is the body of the state named last before it: 'the progress made by Timor-Leste ... by the National Parliament' is the National Parliament of Timor-Leste",
			text:      "Secretary-General receives Minister\n\nJakarta, 12 February 2025\n\nSecretary-General Kao Kim Hourn received Minister Bendito dos Santos Freitas. Minister Freitas briefed the Secretary-General on the progress made by Timor-Leste, including the ratification of legal instruments by the National Parliament.\n",
			instNames: []string{"National Parliament of Timor-Leste"},
		},
		{
			name:  "a chancellor's seat where the event took place is a venue, no body: 'made joint press statements at the Federal Chancellery'",
			text:  "Federal Chancellor Stocker and Swiss Federal President Keller-Sutter\n\nVienna, 16 May 2025\n\nFederal Chancellor Christian Stocker and the President of the Swiss Confederation, Karin Keller-Sutter, made joint press statements at the Federal Chancellery on Friday. Stocker stressed that Switzerland is an important partner.\n",
			insts: []string{},
		},
		{
			name:     "an instruction with an infinitive is a claim: 'directed their ministers to fast-track', 'instructed the agency to work'; 'efforts directed at' is none",
			text:     "President holds talks with President\n\nDar es Salaam, 20 May 2025\n\nPresident Samia Suluhu Hassan held talks with President Daniel Chapo. The two Heads of State agreed to revive the Joint Permanent Commission, which last met in 2019, and directed their ministers to fast-track the construction of a bridge. President Chapo instructed the port agency to work with its counterparts. Samia praised the efforts directed at peace.\n",
			parts:    []string{"Samia Suluhu Hassan", "Daniel Chapo"},
			claims:   []string{"BOTH agreed", "BOTH directed", "Chapo instructed", "Hassan praised"},
			notTexts: []string{"directed at peace"},
		},
		{
			name:   "'the two personalities' and 'the two dignitaries' are the participants together: 'The two personalities reviewed the situation'",
			text:   "The Head of State receives the President of the Commission\n\nAbidjan, 26 February 2025\n\nPresident Alassane Ouattara received Dr. Omar Alieu Touray. The two personalities reviewed the situation in the Sahel. The two dignitaries agreed to meet again.\n",
			parts:  []string{"Alassane Ouattara", "Omar Alieu Touray"},
			claims: []string{"BOTH reviewed", "BOTH agreed"},
		},
		{
			name:   "'exchanged on' a matter, with no object, is a claim of exchange (views, unsaid): 'The two leaders also exchanged on the preparations'",
			text:   "The Head of State receives the President of the Commission\n\nAbidjan, 26 February 2025\n\nPresident Alassane Ouattara received Dr. Omar Alieu Touray. The two leaders also exchanged on the preparations for the anniversary of the Community.\n",
			parts:  []string{"Alassane Ouattara", "Omar Alieu Touray"},
			claims: []string{"BOTH exchanged"},
		},
		{
			name:      "a state's name ends a body's name before 'for': 'the call of the Government of Colombia for the National Electoral Council of Venezuela to publish' names the Council alone",
			text:      "Minister holds virtual meeting with Minister of Brazil\n\nBogotá, August 6, 2024\n\nMinister of Foreign Affairs Luis Gilberto Murillo held a virtual meeting with Minister of Foreign Affairs Mauro Vieira. Murillo reiterated the call of the Government of Colombia for the National Electoral Council of Venezuela to publish the results.\n",
			instNames: []string{"National Electoral Council of Venezuela"},
		},
		{
			name:      "a conference of the parties the tables lack is COP and its number, named in words or by its acronym: 'the Sixteenth Conference of the Parties to the Convention on Biological Diversity (COP16) ... the high-level segment of COP16'",
			text:      "Minister holds virtual meeting with Minister of Brazil\n\nBogotá, August 6, 2024\n\nMinister of Foreign Affairs Luis Gilberto Murillo held a virtual meeting with Minister of Foreign Affairs Mauro Vieira on the preparations for the Sixteenth Conference of the Parties to the Convention on Biological Diversity (COP16). Murillo invited Brazil to the high-level segment of COP16.\n",
			instNames: []string{"COP16"},
		},
		{
			name:  "a 'Source:' line under the date line is the issuing office's label, not the body: 'Date: 2025-05-07 / Source: Department of Latin American and Caribbean Affairs'",
			text:  "Minister Lin hosts luncheon for Guatemalan Foreign Minister\n\nDate: 2025-05-07\nSource: Department of Latin American and Caribbean Affairs\n\nMinister of Foreign Affairs Lin Chia-lung hosted a luncheon on May 6 for Minister of Foreign Affairs Carlos Ramiro Martínez of Guatemala. Minister Lin thanked Guatemala for its support.\n",
			parts: []string{"Lin Chia-lung", "Carlos Ramiro Martínez"},
			insts: []string{},
		},
		{
			name:      "real bodies the tables name: the SADC Organ, the AU's Peace and Security Council named bare, the ECOWAS Commission named in full, a chamber of the Oliy Majlis, an OSCE field office, the Central Asian heads of state's meeting, the Arab Summit (the Arab League's)",
			text:      "President meets President\n\nDar es Salaam, 20 May 2025\n\nPresident Samia Suluhu Hassan met President Daniel Chapo. Samia said that Tanzania chairs the SADC Organ on Politics, Defence and Security Cooperation and that the Peace and Security Council will meet soon. Chapo welcomed the work of the Commission of the Economic Community of West African States, the Legislative Chamber of the Oliy Majlis, the OSCE Project Co-ordinator in Uzbekistan, the Consultative Meeting of the Heads of State of Central Asia and the 34th Arab Summit.\n",
			instNames: []string{"Consultative Meeting of the Heads of State of Central Asia", "ECOWAS Commission", "League of Arab States", "Legislative Chamber of the Oliy Majlis", "OSCE Project Co-ordinator in Uzbekistan", "Peace and Security Council of the African Union", "SADC Organ on Politics, Defence and Security Cooperation"},
		},
		{
			name:   "a title before a name over the body's acronym is the name's: 'the Secretary General of the Organization of Turkic States (OTS), Kubanychbek Omuraliev ... The Secretary General stressed'",
			text:   "President receives Secretary General\n\nTashkent, 5 September 2024\n\nPresident Shavkat Mirziyoyev received the Secretary General of the Organization of Turkic States (OTS), Kubanychbek Omuraliev. The Secretary General stressed the importance of connectivity.\n",
			parts:  []string{"Shavkat Mirziyoyev", "Kubanychbek Omuraliev"},
			claims: []string{"Omuraliev stressed"},
			titles: []string{"Kubanychbek Omuraliev = Secretary General"},
		},
		{
			name:  "those in whose presence the event took place take part: 'The audience took place in the presence of the Minister of Foreign Affairs, Mr. Léon Kacou ADOM'",
			text:  "The Head of State receives the President of the ECOWAS Commission\n\nAbidjan, 26 February 2025\n\nPresident Alassane OUATTARA received in audience Dr. Omar Alieu TOURAY, President of the ECOWAS Commission. The audience took place in the presence of the Minister of Foreign Affairs, Mr. Léon Kacou ADOM.\n",
			parts: []string{"Alassane Ouattara", "Omar Alieu Touray", "Léon Kacou Adom"},
		},
		{
			name:    "a pope is named by his regnal name, his title apart: 'the Holy Father Leo XIV' is Leo XIV, Pope",
			text:    "Audience with the President of the Republic of Slovenia\n\n9 June 2025\n\nToday the Holy Father Leo XIV received in audience Her Excellency Mrs. Nataša Pirc Musar, President of the Republic of Slovenia.\n",
			parts:   []string{"Leo XIV", "Nataša Pirc Musar"},
			persons: []string{"person/leo-xiv", "person/natasa-pirc-musar"},
		},
		{
			name:      "a light verb's passive before a 'that' clause takes its object from its subject: 'The hope was expressed that the dialogue ... might continue' is 'expressed hope'",
			text:      "Audience with the President of Slovenia\n\n9 June 2025\n\nThe Holy Father Leo XIV received in audience President Nataša Pirc Musar. The hope was expressed that the dialogue between the Church and the State might continue.\n",
			claims:    []string{"BOTH expressed hope"},
			notClaims: []string{"expressed dialogue between the"},
		},
		{
			name: "a letter's sending told in a later paragraph dates it: 'has written to ... The letter was sent on Sunday'",
			text: "Chief Adviser writes to Malaysian PM\n\nDhaka, 10 February 2025\n\nChief Adviser Professor Muhammad Yunus has written to Malaysian Prime Minister Anwar Ibrahim, seeking support for Bangladesh's bid.\n\nThe letter was sent on Sunday, Press Secretary Shafiqul Alam told reporters.\n\nProfessor Yunus thanked Prime Minister Anwar for his call.\n",
			typ:  "letter",
			date: "2025-02-09",
		},
		{
			name:  "'has written to' the other side reports a letter its writer sent: 'Chief Adviser Muhammad Yunus has written to Malaysian Prime Minister Anwar Ibrahim, seeking support'",
			text:  "Chief Adviser writes to Malaysian PM\n\nDhaka, 10 February 2025\n\nChief Adviser Professor Muhammad Yunus has written to Malaysian Prime Minister Anwar Ibrahim, seeking Kuala Lumpur's support for Bangladesh's bid. Professor Yunus thanked Prime Minister Anwar for his call.\n",
			parts: []string{"Muhammad Yunus", "Anwar Ibrahim"},
			typ:   "letter",
			init:  "Muhammad Yunus",
		},
		{
			name:   "a family name joined to its particle by a hyphen is part of a name of three words: 'Mr. Mohamed Younes al-Menfi'",
			text:   "President receives Chairman\n\nCarthage, 21 January 2025\n\nPresident Kaïs Saïed received Mr. Mohamed Younes al-Menfi, Chairman of the Presidential Council of Libya. Mr. al-Menfi expressed appreciation for Tunisia's positions.\n",
			parts:  []string{"Kais Saied", "Mohamed Younes al-Menfi"},
			claims: []string{"al-Menfi expressed appreciation"},
		},
		{
			name:    "capitalised words a title introduces are no person's name when a body's head noun follows them: 'the Chairman of the Libyan Presidential Council'",
			text:    "The President of the Republic receives the Chairman of the Libyan Presidential Council\n\nCarthage, 21 January 2025\n\nPresident Kaïs Saïed received Mohamed al-Menfi. Saïed stressed the stability of Libya.\n",
			persons: []string{"person/kais-saied", "person/mohamed-al-menfi"},
		},
		{
			name:      "a body named in full and then by its name before 'of' alone is one body: 'the Presidential Council of the State of Libya ... the Presidential Council'",
			text:      "President receives Chairman\n\nCarthage, 21 January 2025\n\nPresident Kaïs Saïed received Mr. Mohamed al-Menfi, Chairman of the Presidential Council of the State of Libya. Saïed stressed the reconciliation process led by the Presidential Council.\n",
			instNames: []string{"Presidential Council of Libya"},
		},
		{
			name:   "a visitor the event's sentence names by title alone takes his visit's other engagements along: 'the Secretary General met with X ... Today, Sinirlioğlu met with Speaker Y'",
			text:   "OSCE Secretary General visits Uzbekistan\n\nTASHKENT, 16 April 2025\n\nOSCE Secretary General Feridun Sinirlioğlu today concluded an official visit to Uzbekistan. On Tuesday, the Secretary General met with Foreign Minister Bakhtiyor Saidov. Today, Sinirlioğlu met with Speaker Nuriddin Ismoilov. The Speaker expressed interest in co-operation.\n",
			parts:  []string{"Feridun Sinirlioğlu", "Bakhtiyor Saidov", "Nuriddin Ismoilov"},
			claims: []string{"Ismoilov expressed interest"},
		},
		{
			name:  "'concluded a two-day visit' counts back from the day it is concluded, not from an engagement's: 'today concluded a two-day official visit ... On Tuesday, X met' under a Wednesday is the Tuesday",
			text:  "Secretary General visits Uzbekistan\n\nTASHKENT, 16 April 2025\n\nSecretary General Feridun Sinirlioğlu today concluded a two-day official visit to Uzbekistan. On Tuesday, Sinirlioğlu met with Foreign Minister Bakhtiyor Saidov. They discussed water management.\n",
			parts: []string{"Feridun Sinirlioğlu", "Bakhtiyor Saidov"},
			typ:   "visit",
			date:  "2025-04-15",
		},
		{
			name:   "the speaker a verb of saying puts after a quotation is the one the next pronouns mean: '\"...,\" said Sinirlioğlu. He commended', '\"...,\" said the Foreign Minister. He thanked'",
			text:   "Secretary General meets Foreign Minister\n\nTashkent, 15 April 2025\n\nSecretary General Feridun Sinirlioğlu met with Foreign Minister Bakhtiyor Saidov. Saidov reaffirmed Uzbekistan's commitment to the partnership.\n\n\"Uzbekistan is an engine of co-operation,\" said Sinirlioğlu. He commended the progress achieved. Sinirlioğlu stressed reform. \"We value the support,\" said the Foreign Minister. He thanked the Organization.\n",
			parts:  []string{"Feridun Sinirlioğlu", "Bakhtiyor Saidov"},
			claims: []string{"Sinirlioğlu commended", "Saidov thanked"},
		},
		{
			name:   "a body's head of secretariat by title alone is the one the text names with that body's office, not the UN's: 'OSCE Secretary General Feridun Sinirlioğlu ... the Secretary General met with'",
			text:   "OSCE Secretary General visits Uzbekistan\n\nTASHKENT, 16 April 2025\n\nOSCE Secretary General Feridun Sinirlioğlu today concluded an official visit to Uzbekistan. On Tuesday, the Secretary General met with Foreign Minister Bakhtiyor Saidov. The Secretary General encouraged reform.\n",
			parts:  []string{"Feridun Sinirlioğlu", "Bakhtiyor Saidov"},
			claims: []string{"Sinirlioğlu encouraged"},
			init:   "Feridun Sinirlioğlu",
		},
		{
			name:  "the sentence before the persons' that has the event held dates it: 'Political consultations ... were held in Tashkent on 11 March. The Uzbek delegation was headed by ...'",
			text:  "Uzbekistan and Russia hold political consultations\n\n14 March 2025\n\nPolitical consultations between the Ministries of Foreign Affairs of Uzbekistan and Russia were held in Tashkent on 11 March. The Uzbek delegation was headed by Deputy Minister Bakhrom Aloev, the Russian by Deputy Minister Mikhail Galuzin. The sides discussed cooperation.\n",
			parts: []string{"Bakhrom Aloev", "Mikhail Galuzin"},
			date:  "2025-03-11",
		},
		{
			name:  "a weekday the clause puts in the future is the next one, not the last: 'will hold talks ... on Tuesday' published on a Thursday",
			text:  "President to hold talks with Prime Minister\n\nThursday, 13 March 2025\n\nPresident Emmanuel Macron will hold talks with Prime Minister Keir Starmer in London on Tuesday. Macron stressed cooperation.\n",
			parts: []string{"Emmanuel Macron", "Keir Starmer"},
			date:  "2025-03-18",
		},
		{
			name:  "a name the bodies of several states bear is the body of the state the text names: 'the Bundesrat' in a text about Austria is Austria's Federal Council, not Germany's",
			text:  "Federal Chancellor meets Federal President\n\nVienna, 4 March 2025\n\nFederal Chancellor Christian Stocker met Federal President Alexander Van der Bellen. They discussed the bill before the Bundesrat. Stocker stressed that Austria needs reform.\n",
			insts: []string{"institution/bundesrat-austria"},
		},
		{
			name:  "a name the bodies of several states bear, in a text that names none of them, makes no institution: 'the Bundesrat'",
			text:  "Minister meets Minister\n\n4 March 2025\n\nMinister Jane Doe met Minister John Roe. They discussed the bill before the Bundesrat.\n",
			insts: []string{},
		},
		{
			name:   "a state named inside the name of another state's body is that body's state: 'the Korean Central News Agency' and 'the Workers' Party of Korea' count North Korea, not South Korea",
			text:   "President meets Prime Minister\n\nTokyo, 4 March 2025\n\nPresident Emmanuel Macron met Prime Minister Fumio Kishida. Kishida expressed concern at reports by the Korean Central News Agency (KCNA) and the Workers' Party of Korea on missile launches.\n",
			parts:  []string{"Emmanuel Macron", "Fumio Kishida"},
			states: []string{"state/PRK"},
			insts:  []string{"institution/kcna", "institution/wpk"},
		},
		{
			name:  "a meeting with the press is no body: 'held a Joint Press Conference'; a known body's ('the ASEAN Press Conference') is that body's",
			text:  "President meets Prime Minister\n\nSeoul, 4 March 2025\n\nPresident Yoon Suk Yeol met Prime Minister Fumio Kishida. The two leaders held a Joint Press Conference after the talks and spoke at the ASEAN Press Conference. Yoon stressed cooperation.\n",
			parts: []string{"Yoon Suk Yeol", "Fumio Kishida"},
			insts: []string{"institution/asean"},
		},
		{
			name:    "a deputy's title the tables lack is kept whole, and its role noun is no name: 'Deputy Director Chen Wei-ting', 'meets Deputy Director'",
			text:    "Foreign Minister meets Deputy Director\n\nTaipei, 4 March 2025\n\nForeign Minister Lin Chia-lung met Deputy Director Chen Wei-ting of the Bureau of Consular Affairs. Lin stressed cooperation.\n",
			parts:   []string{"Lin Chia-lung", "Chen Wei-ting"},
			persons: []string{"person/chen-wei-ting", "person/lin-chia-lung"},
			titles:  []string{"Chen Wei-ting = Deputy Director"},
		},
		{
			name:  "a relative date after an agency's dateline counts from the dateline's day, the day the report was written: 'DOHA, March 3, 2025 (QNA) -- ... received today' under '4 March 2025'",
			text:  "Amir receives President of France\n\n4 March 2025\n\nDOHA, March 3, 2025 (QNA) -- His Highness the Amir Sheikh Tamim bin Hamad Al Thani received today President Emmanuel Macron of France at the Amiri Diwan. They discussed the situation in Gaza.\n",
			parts: []string{"Tamim bin Hamad Al Thani", "Emmanuel Macron"},
			date:  "2025-03-03",
		},
		{
			name:      "a subject with an appositive title speaks: 'President Marcos and His Highness Sheikh Tamim bin Hamad Al Thani, Amir of the State of Qatar, on Tuesday agreed'; a third person's is no claim ('Mark Rutte, Secretary General of NATO, stressed')",
			text:      "President meets Amir\n\nKuala Lumpur, 27 May 2025\n\nPresident Ferdinand R. Marcos Jr. and His Highness Sheikh Tamim bin Hamad Al Thani, Amir of the State of Qatar, on Tuesday agreed to deepen cooperation as they met on the sidelines of the summit. Mark Rutte, Secretary General of NATO, stressed unity in a separate statement.\n",
			parts:     []string{"Ferdinand Marcos Jr.", "Tamim bin Hamad Al Thani"},
			claims:    []string{"BOTH agreed"},
			notClaims: []string{"stressed"},
		},
		{
			name:     "a past perfect that a verb of saying puts this event's act in is a claim: 'Spokesperson Manuel Adorni reported that the two leaders had agreed to meet again'; one the sentence dates before the event is not",
			text:     "President receives President of Paraguay\n\nBuenos Aires, 11 March 2025\n\nPresident Javier Milei received President Santiago Peña at Casa Rosada. The presidents reviewed the bilateral agenda. At the end of the visit, Presidential Spokesperson Manuel Adorni reported that the two leaders had agreed to meet again in July. Adorni said that the presidents had agreed in 2019 to build a bridge.\n",
			parts:    []string{"Javier Milei", "Santiago Peña"},
			claims:   []string{"BOTH reviewed", "BOTH agreed"},
			notTexts: []string{"agreed in 2019 to build a bridge"},
		},
		{
			name:   "a subject before a parenthetical is the one the next pronouns mean: 'Prime Minister Abiy, for his part, briefed ... He stressed'",
			text:   "Prime Minister meets President\n\nAddis Ababa, 17 February 2024\n\nPrime Minister Abiy Ahmed held talks with President William Ruto. President Ruto commended Ethiopia. He underscored the need for calm. Prime Minister Abiy, for his part, briefed the Kenyan delegation. He stressed that integration matters.\n",
			parts:  []string{"Abiy Ahmed", "William Ruto"},
			claims: []string{"Ahmed briefed", "Ahmed stressed", "Ruto underscored"},
			refs:   []string{"He 2 = Abiy Ahmed", "his 1 = Abiy Ahmed"},
		},
		{
			name:    "two persons sharing a family name: a title before it tells which one, else the participant; the sender of the message an envoy delivers takes no part: 'Mr. Karamoko Jean-Marie Traoré, who delivered a message from the President of Burkina Faso, Captain Ibrahim Traoré. Traoré expressed ... Captain Traoré'",
			text:    "President receives envoy\n\nAccra, 10 June 2025\n\nPresident John Mahama received the Minister of Foreign Affairs of Burkina Faso, Mr. Karamoko Jean-Marie Traoré, who delivered a message from the President of Burkina Faso, Captain Ibrahim Traoré. Traoré expressed the gratitude of Captain Traoré for the support. President Mahama stressed cooperation.\n",
			parts:   []string{"John Mahama", "Karamoko Jean-Marie Traoré"},
			persons: []string{"person/ibrahim-traore", "person/john-mahama", "person/karamoko-jean-marie-traore"},
			refs:    []string{"Traoré 3 = Karamoko Jean-Marie Traoré", "Traoré 4 = Ibrahim Traoré"},
			claims:  []string{"Traoré expressed gratitude"},
		},
		{
			name:  "a leader whose greetings a joining sentence conveys takes no part: 'paid a courtesy call on the Prime Minister and conveyed the greetings of President Yoon'",
			text:  "Foreign Minister visits Mongolia\n\nUlaanbaatar, 21 August 2024\n\nForeign Minister Cho Tae-yul, who is on an official visit to Mongolia, held talks with Minister of Foreign Affairs Battsetseg Batmunkh. Minister Cho also paid a courtesy call on Prime Minister Luvsannamsrain Oyun-Erdene and conveyed the greetings of President Yoon Suk Yeol.\n",
			parts: []string{"Cho Tae-yul", "Batmunkh Battsetseg", "Luvsannamsrain Oyun-Erdene"},
		},
		{
			name:    "a Korean family name that is also a place noun ('Park') is a name before a hyphened given name: 'Ambassador Park Min-soo'; 'Gorky Park' is not",
			text:    "Foreign Minister meets Foreign Minister\n\nSeoul, 14 May 2024\n\nForeign Minister Cho Tae-yul met Foreign Minister Sergey Lavrov. Ambassador Park Min-soo took part in the talks. Lavrov recalled a walk in Gorky Park.\n",
			parts:   []string{"Cho Tae-yul", "Sergey Lavrov", "Park Min-soo"},
			persons: []string{"person/cho-tae-yul", "person/park-min-soo", "person/sergey-lavrov"},
		},
		{
			name:  "the body a title serves ends at its head when a bare name follows: 'Chairman of the National Assembly Tran Thanh Man'",
			text:  "President meets Prime Minister\n\nHanoi, 14 May 2024\n\nPresident To Lam met Prime Minister Anthony Albanese. Chairman of the National Assembly Tran Thanh Man also took part in the talks. Albanese stressed trade.\n",
			parts: []string{"Tô Lâm", "Anthony Albanese", "Tran Thanh Man"},
			insts: []string{"institution/national-assembly"},
		},
		{
			name:  "a dateline opening the event's paragraph dates the event when its sentence gives no date of its own: 'Doha, March 3 (QNA) -- The Amir received'",
			text:  "Amir receives President of France\n\nTuesday, 4 March 2025\n\nDoha, March 3 (QNA) -- His Highness the Amir Sheikh Tamim bin Hamad Al Thani received President Emmanuel Macron of France at the Amiri Diwan. They discussed the situation in Gaza.\n",
			parts: []string{"Tamim bin Hamad Al Thani", "Emmanuel Macron"},
			date:  "2025-03-03",
		},
		{
			name:  "a state visit whose programme holds a body's meeting is a visit: 'who is on a state visit to Kyrgyzstan to participate in the meeting of the Supreme Interstate Council'",
			text:  "Ilham Aliyev met with Sadyr Japarov\n\n12 October 2024\n\nPresident of the Republic of Azerbaijan Ilham Aliyev, who is on a state visit to Kyrgyzstan to participate in the meeting of the Azerbaijan-Kyrgyzstan Supreme Interstate Council, met with President Sadyr Japarov. Aliyev stressed that cooperation is growing.\n",
			parts: []string{"Ilham Aliyev", "Sadyr Japarov"},
			typ:   "visit",
			init:  "Ilham Aliyev",
		},
		{
			name:    "a heading of the issuing office above a title line is no signature: 'Media Unit / Special Assistant to the Prime Minister'",
			text:    "Prime Minister receives Ambassador\n\n3 May 2025\n\nPrime Minister James Marape received Ambassador Joanne Lee. Marape thanked Australia.\n\nMedia Unit\nSpecial Assistant to the Prime Minister\n\nJohn Kila\nSpecial Assistant to the Prime Minister\n",
			persons: []string{"person/james-marape", "person/joanne-lee", "person/john-kila"},
		},
		{
			name:  "arriving home after a visit elsewhere makes no visit of the talks: 'arrived in Jakarta on Sunday evening after a state visit to China'",
			text:  "President receives Prime Minister\n\nJakarta, 14 April 2025\n\nPresident Prabowo Subianto this morning received Prime Minister Anthony Albanese of Australia at the Merdeka Palace, where the two leaders held bilateral talks. President Prabowo arrived in Jakarta on Sunday evening after a state visit to China. Prabowo stressed that trade must grow.\n",
			parts: []string{"Prabowo Subianto", "Anthony Albanese"},
			typ:   "meeting",
			date:  "2025-04-14",
		},
		{
			name:   "a syllable of a Chinese name ending a sentence is no initial: 'met Ambassador Zhang Ye. Wang Yi said'",
			text:   "Wang Yi meets Ambassador\n\n14 April 2025\n\nForeign Minister Wang Yi met with Ambassador Zhang Ye. Wang Yi said that China values the partnership.\n",
			parts:  []string{"Wang Yi", "Zhang Ye"},
			claims: []string{"Yi said"},
		},
		{
			name:  "a name after a portfolio the tables lack, with a word that names no one ('Minister of Trade and National Development Grace Banda'), is the minister's",
			text:  "President receives Minister\n\n5 June 2024\n\nPresident Hakainde Hichilema received President Lazarus Chakwera at State House, joined by Minister of Trade and National Development Grace Banda. Banda briefed the guests.\n",
			parts: []string{"Hakainde Hichilema", "Lazarus Chakwera", "Grace Banda"},
		},
		{
			name:   "'who' after a person's appositive title refers to the person: 'a call from Anthony Albanese, Prime Minister of Australia, who thanked'",
			text:   "President receives call\n\n3 December 2024\n\nPresident Prabowo Subianto received a phone call from Anthony Albanese, Prime Minister of Australia, who thanked the President for the support of Indonesia. The two leaders discussed trade.\n",
			claims: []string{"Albanese thanked", "BOTH discussed"},
		},
		{
			name:    "a tabled name after 'bin' is the father's inside the son's name: 'Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum' is one person",
			text:    "President receives call\n\n3 December 2024\n\nPresident Sheikh Mohamed bin Zayed Al Nahyan received a phone call from Prime Minister Narendra Modi. Modi recalled the visit of Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum, Crown Prince of Dubai, to Mumbai.\n",
			persons: []string{"person/hamdan-bin-mohammed-bin-rashid-al-maktoum", "person/mohamed-bin-zayed-al-nahyan", "person/narendra-modi"},
		},
		{
			name:  "a portfolio of several capitalised parts ('for Trade, Industry and Tourism') before a comma and a name is still the title's: the name is a person",
			text:  "Minister receives Commissioner\n\n8 May 2024\n\nMinister of Foreign Affairs Ahmed Attaf received the Commissioner for Trade, Industry and Tourism of the ECOWAS Commission, Massandjé Touré-Litse. The Minister was accompanied by the Secretary of State for Economic Diplomacy, Culture and Sport, Selma Haddadi. Haddadi briefed the Commissioner.\n",
			parts: []string{"Ahmed Attaf", "Massandjé Touré-Litse", "Selma Haddadi"},
		},
		{
			name:    "the tables name a holder as Wikipedia does: 'Moussa Faki Mahamat' is Moussa Faki",
			text:    "President of the European Council meets Chairperson of the African Union Commission\n\n8 May 2024\n\nPresident of the European Council Charles Michel met the Chairperson of the African Union Commission, Moussa Faki Mahamat, in Brussels. Chairperson Faki welcomed the partnership.\n",
			persons: []string{"person/charles-michel", "person/moussa-faki"},
			claims:  []string{"Faki welcomed"},
		},
		{
			name:     "'sought' a thing is a request; after 'which' or 'whom' ('many of whom have sought refuge') it is no one's",
			text:     "Foreign Minister meets counterpart\n\n14 March 2025\n\nForeign Minister Ahmed Attaf met Foreign Minister Badr Abdelatty in Algiers. Attaf sought Egypt's support for the candidacy. The ministers discussed the war in Sudan, which has forced millions from their homes, many of whom have sought shelter in Chad.\n",
			claims:   []string{"Attaf sought", "BOTH discussed"},
			notTexts: []string{"sought shelter in Chad"},
		},
		{
			name:  "persons introduced by 'Joining X in the meeting were' take part",
			text:  "President meets Prime Minister\n\n27 May 2025\n\nPresident Ferdinand R. Marcos Jr. met Prime Minister Anwar Ibrahim in Kuala Lumpur. Joining the President in the meeting were Foreign Affairs Secretary Enrique Manalo and Trade Secretary Cristina Roque. The leaders agreed to expand trade.\n",
			parts: []string{"Ferdinand Marcos Jr.", "Anwar Ibrahim", "Enrique Manalo", "Cristina Roque"},
		},
		{
			name:    "capitalised words right before a title that precedes a name are its portfolio, no person: 'Overseas Workers Secretary Maria Santos'",
			text:    "President meets Amir\n\n27 May 2025\n\nPresident Ferdinand R. Marcos Jr. met Amir Sheikh Tamim bin Hamad Al Thani in Doha. The President was accompanied by Foreign Affairs Secretary Enrique Manalo and Overseas Workers Secretary Maria Santos. Santos thanked Qatar for its care of Filipino workers.\n",
			parts:   []string{"Ferdinand Marcos Jr.", "Tamim bin Hamad Al Thani", "Enrique Manalo", "Maria Santos"},
			persons: []string{"person/enrique-manalo", "person/ferdinand-marcos-jr", "person/maria-santos", "person/tamim-bin-hamad-al-thani"},
		},
		{
			name:   "a joint 'we' that looks forward to working 'with' one of the two is the other one",
			text:   "Foreign Minister speaks with counterpart\n\n3 June 2025\n\nForeign Minister Penny Wong spoke with Foreign Minister Vivian Balakrishnan today.\n\n\"We discussed the situation in Myanmar and agreed to stay in close contact. We look forward to working with Minister Balakrishnan on the region's priorities,\" Senator Wong said.\n",
			claims: []string{"BOTH discussed", "BOTH agreed", "Wong look forward"},
		},
		{
			name:   "a state's name modifying a light verb's object is passed over: 'offered further Indian assistance' is 'offered further assistance'",
			text:   "External Affairs Minister speaks with Foreign Minister of Sri Lanka\n\n2 December 2024\n\nExternal Affairs Minister S. Jaishankar spoke with Foreign Minister Vijitha Herath. Jaishankar offered further Indian assistance for the recovery from the floods. Herath offered Sri Lankan support for the initiative.\n",
			claims: []string{"Jaishankar offered further assistance", "Herath offered support"},
		},
		{
			name:    "a name alone on its line with a title opening the next is a person: the statement's signature",
			text:    "President receives envoy\n\n5 June 2024\n\nPresident Hakainde Hichilema received President Lazarus Chakwera at State House. President Chakwera praised the trade corridor.\n\nChanda Mwale\nSpecial Assistant to the President for Press and Public Relations\n",
			parts:   []string{"Hakainde Hichilema", "Lazarus Chakwera"},
			persons: []string{"person/chanda-mwale", "person/hakainde-hichilema", "person/lazarus-chakwera"},
		},
		{
			name:    "'First Lady' is a title, not part of the name it precedes",
			text:    "President hosts counterpart\n\n5 June 2024\n\nPresident Hakainde Hichilema received President Lazarus Chakwera at State House. President Chakwera praised the trade corridor. In the evening, First Lady Mutinta Hichilema hosted a dinner for the guests.\n",
			persons: []string{"person/hakainde-hichilema", "person/lazarus-chakwera", "person/mutinta-hichilema"},
			claims:  []string{"Chakwera praised"},
		},
		{
			name:    "'Professor', like 'Prof.' and 'Dr', is a form of address: 'Professor Mensah' is the person named in full before",
			text:    "Minister receives delegation\n\n14 May 2024\n\nMinister of Foreign Affairs Fatima Diallo received the Minister of Education of Ghana, Professor Kwame Mensah, and the Rector, Dr Ama Owusu. Professor Mensah thanked the Minister. Dr Owusu stressed research ties.\n",
			persons: []string{"person/ama-owusu", "person/fatima-diallo", "person/kwame-mensah"},
			claims:  []string{"Mensah thanked", "Owusu stressed"},
		},
		{
			name:   "the 'I' of a quoted statement is the person who opens the sentence introducing it with a colon ('X, Director of ..., issued the following statement:')",
			text:   "Statement after meeting with the President of Malawi\n\nMarch 3, 2025\n\nGeneva: Dr. Amina Okafor, Executive Director of the Global Health Fund, issued the following statement today after meeting President Lazarus Chakwera of Malawi:\n\n\"I had a fruitful meeting with President Chakwera. I praised the President for his leadership on malaria. President Chakwera outlined his plans for rural clinics, and I assured him of our support.\"\n",
			claims: []string{"Okafor praised", "Chakwera outlined", "Okafor assured"},
		},
		{
			name:    "a title-case headline's 'Issues' or 'Releases' ends a name; 'Managing Director' before a surname is the IMF's, from the tables",
			text:    "Director-General Amina Okafor Issues Statement on Meeting with the IMF\n\nMay 2, 2024\n\nDirector-General Amina Okafor met Managing Director Georgieva in Geneva today. Georgieva welcomed the cooperation.\n",
			persons: []string{"person/amina-okafor", "person/kristalina-georgieva"},
			claims:  []string{"Georgieva welcomed"},
		},
		{
			name:    "a given name whose second syllable follows a hyphen in lower case stays whole ('Jung Min-soo', 'Chen Wei-ting'); 'Chen Hao-led talks' add no syllable",
			text:    "Foreign Minister holds talks\n\n12 September 2024\n\nForeign Minister Cho Tae-yul held talks with Minister of Foreign Affairs Lin Chia-lung in Seoul, presidential spokesperson Jung Min-soo said. Ambassador Chen Wei-ting attended. Ambassador Chen Hao-led talks followed.\n",
			persons: []string{"person/chen-hao", "person/chen-wei-ting", "person/cho-tae-yul", "person/jung-min-soo", "person/lin-chia-lung"},
		},
		{
			name:    "a generational suffix is part of a name ('Ramon Delgado Jr.', the tables' 'Ferdinand Marcos Jr.') and a Roman numeral keeps its capitals ('Antonio Reyes III')",
			text:    "President Marcos receives provincial leaders\n\n3 March 2025\n\nPresident Ferdinand R. Marcos Jr. received Governor Ramon Delgado Jr. and Mayor Antonio Reyes III at Malacañang Palace. Governor Delgado thanked the President. President Marcos stressed that the provinces would get more support.\n",
			parts:   []string{"Ferdinand Marcos Jr.", "Ramon Delgado Jr.", "Antonio Reyes III"},
			persons: []string{"person/antonio-reyes-iii", "person/ferdinand-marcos-jr", "person/ramon-delgado-jr"},
			refs:    []string{"Delgado 2 = Ramon Delgado Jr.", "Marcos 3 = Ferdinand Marcos Jr."},
		},
		{
			name:   "a state's name or demonym opening a body's name counts as mentioned, as one inside it does: 'the Israeli Knesset', 'the Russia-Africa Summit'",
			text:   "Foreign Minister meets Foreign Minister\n\n4 May 2025\n\nForeign Minister Badr Abdelatty met Foreign Minister Espen Barth Eide of Norway. Abdelatty condemned the laws passed by the Israeli Knesset and recalled the Russia-Africa Summit.\n",
			parts:  []string{"Badr Abdelatty", "Espen Barth Eide"},
			states: []string{"state/ISR", "state/NOR", "state/RUS"},
		},
		{
			name:   "'who' after a person's appositive title refers to the person: 'a call from Shehbaz Sharif, Prime Minister of Pakistan, who congratulated'",
			text:   "President receives phone call from Prime Minister of Pakistan\n\n5 May 2025\n\nPresident Recep Tayyip Erdoğan received a phone call from Shehbaz Sharif, Prime Minister of Pakistan, who congratulated him on the success of the summit. Erdoğan thanked Sharif.\n",
			parts:  []string{"Recep Tayyip Erdoğan", "Shehbaz Sharif"},
			claims: []string{"Sharif congratulated", "Erdoğan thanked"},
		},
		{
			name:   "a fronted light verb's object keeps its adjectives, as an object after the verb does: 'Special attention was paid to' is 'paid special attention'",
			text:   "President receives Minister\n\n4 June 2025\n\nPresident Kassym-Jomart Tokayev received Foreign Minister Annalena Baerbock. Special attention was paid to energy cooperation. Baerbock thanked Kazakhstan.\n",
			parts:  []string{"Kassym-Jomart Tokayev", "Annalena Baerbock"},
			claims: []string{"BOTH paid special attention", "Baerbock thanked"},
		},
		{
			name:      "'the Commonwealth' alone is the Commonwealth",
			text:      "Foreign Secretary speaks with Foreign Minister of Ghana\n\n2 May 2025\n\nForeign Secretary David Lammy spoke with Foreign Minister Samuel Okudzeto Ablakwa. Ablakwa said the Commonwealth must act on debt.\n",
			parts:     []string{"David Lammy", "Samuel Okudzeto Ablakwa"},
			instNames: []string{"Commonwealth"},
		},
		{
			name:      "a word of a portfolio ('the Foreign, Commonwealth and Development Office', 'Secretary of State for Foreign, Commonwealth and Development Affairs') names no body",
			text:      "Foreign Secretary speaks with Foreign Minister of Ghana\n\n2 May 2025\n\nSecretary of State for Foreign, Commonwealth and Development Affairs David Lammy spoke with Foreign Minister Samuel Okudzeto Ablakwa. Lammy said the Foreign, Commonwealth and Development Office would help.\n",
			parts:     []string{"David Lammy", "Samuel Okudzeto Ablakwa"},
			instNames: []string{},
		},
		{
			name:  "a title naming a body inside names the longest one: 'the Chairperson of the African Union Commission' serves and mentions the Commission",
			text:  "Minister meets Chairperson\n\n6 May 2025\n\nForeign Minister Penny Wong received the Chairperson of the African Union Commission, Mahmoud Ali Youssouf, in Canberra. Youssouf thanked Australia for its support.\n",
			parts: []string{"Penny Wong", "Mahmoud Ali Youssouf"},
			insts: []string{"institution/au-commission"},
		},
		{
			name:  "a dateline opening the event's paragraph under a date line ('Doha, March 4 (QNA) --') dates the report, not the call 'yesterday'",
			text:  "Amir holds phone call with President of France\n\nTuesday, 4 March 2025\n\nDoha, March 4 (QNA) -- His Highness the Amir Sheikh Tamim bin Hamad Al Thani held a phone call yesterday with President Emmanuel Macron of France. They discussed the situation in Gaza.\n",
			parts: []string{"Tamim bin Hamad Al Thani", "Emmanuel Macron"},
			typ:   "phone_call",
			date:  "2025-03-03",
		},
		{
			name:  "a body's name in another language, its words joined by particles, is an institution: 'the Instituto de Salud Carlos III', 'the Banco de la Nación Argentina'",
			text:  "Minister meets Minister\n\n10 April 2025\n\nForeign Minister José Manuel Albares met Foreign Minister Gerardo Werthein. They welcomed the work of the Instituto de Salud Carlos III and a loan from the Banco de la Nación Argentina.\n",
			parts: []string{"José Manuel Albares", "Gerardo Werthein"},
			insts: []string{"institution/banco-de-la-nacion-argentina", "institution/instituto-de-salud-carlos-iii"},
		},
		{
			name:  "a plural head names one body: 'the National Institutes of Health', 'the Centers for Disease Control and Prevention'",
			text:  "Secretary meets Minister\n\n10 April 2025\n\nSecretary Marco Rubio met Minister of Foreign Affairs Taro Iwaya. They welcomed research ties between the National Institutes of Health and the Centers for Disease Control and Prevention.\n",
			parts: []string{"Marco Rubio", "Taro Iwaya"},
			insts: []string{"institution/centers-for-disease-control-and-prevention", "institution/national-institutes-of-health"},
		},
		{
			name:      "a parliament is named by its own short name, as the Knesset and the Sejm are: 'the Oliy Majlis of the Republic of Uzbekistan' is the Oliy Majlis",
			text:      "President meets President\n\n14 May 2025\n\nPresident Shavkat Mirziyoyev received President Ilham Aliyev. Mirziyoyev said the Oliy Majlis of the Republic of Uzbekistan had ratified the treaty, and Aliyev said the Milli Majlis would follow.\n",
			parts:     []string{"Shavkat Mirziyoyev", "Ilham Aliyev"},
			instNames: []string{"Milli Majlis", "Oliy Majlis"},
		},
		{
			name:  "national parliaments known by their own names are institutions: 'the Sejm', 'the Storting', 'Seanad Éireann'",
			text:  "Prime Minister speaks with Prime Minister\n\n6 May 2025\n\nPrime Minister Donald Tusk spoke by phone with Prime Minister Jonas Gahr Støre. Tusk said the Sejm would vote on the defence law, and Støre said the Storting had approved new aid. Both welcomed a visit by members of Seanad Éireann.\n",
			parts: []string{"Donald Tusk", "Jonas Gahr Støre"},
			insts: []string{"institution/seanad-eireann", "institution/sejm", "institution/storting"},
		},
		{
			name:   "a capital ending a dateline after a separator ('Tuesday, 8 July 2025 | Ankara') is the venue, not the state",
			text:   "Prime Minister meets President\n\nTuesday, 8 July 2025 | Ankara\n\nPrime Minister Kristen Michal met President Alar Karis of Estonia at the summit venue. Michal stressed unity.\n",
			parts:  []string{"Kristen Michal", "Alar Karis"},
			states: []string{"state/EST"},
		},
		{
			name:  "a meeting's name goes on past 'for a' or 'on a' after its head: 'the Conference for a Free and Democratic Belarus'",
			text:  "Minister meets Minister\n\n12 March 2025\n\nForeign Minister Radosław Sikorski met Foreign Minister Margus Tsahkna in Warsaw. The ministers prepared the Conference for a Free and Democratic Belarus.\n",
			parts: []string{"Radosław Sikorski", "Margus Tsahkna"},
			insts: []string{"institution/conference-for-a-free-and-democratic-belarus"},
		},
		{
			name:  "a month opening a capitalised run is no part of a name: 'in September for the Summit of the Future' names the Summit of the Future, not 'September for the Summit of the Future'",
			text:  "President Ruto speaks with Prime Minister Støre\n\n2 August 2024\n\nPresident William Ruto spoke by telephone with Prime Minister Jonas Gahr Støre of Norway. The leaders agreed to meet in New York in September for the Summit of the Future.\n",
			parts: []string{"William Ruto", "Jonas Gahr Støre"},
			insts: []string{"institution/summit-of-the-future"},
		},
		{
			name:   "a state's name inside a geographic feature's ('the Lake Chad Basin', 'the Gulf of Guinea', 'the Congo River') is no mention of the state",
			text:   "President Tinubu speaks with President Mahama\n\n3 June 2025\n\nPresident Bola Tinubu spoke by telephone with President John Mahama of Ghana. Tinubu said piracy in the Gulf of Guinea and insurgency around the Lake Chad Basin and along the Congo River threaten trade.\n",
			parts:  []string{"Bola Tinubu", "John Mahama"},
			states: []string{"state/GHA"},
		},
		{
			name:  "talks between named states or bodies ('the talks between Serbia and the European Union') are a process the event speaks of, not its kind: joint press statements are 'other'",
			text:  "Joint statements by the two Presidents\n\n4 March 2025\n\nPresident Aleksandar Vučić and President Sauli Niinistö gave joint statements to the press in Belgrade, a month after the resumption of the talks between Serbia and the European Union. Vučić said that Serbia stays on its European path.\n",
			parts: []string{"Aleksandar Vučić", "Sauli Niinistö"},
			typ:   "other",
		},
		{
			name:  "'has spoken with' is a call, and a body's named meeting it comes before ('ahead of the ASEAN Foreign Ministers Meeting') is not its kind",
			text:  "Minister speaks with Minister of Foreign Affairs of Malaysia\n\n2 July 2025\n\nForeign Minister Penny Wong has spoken with Malaysian Foreign Minister Mohamad Hasan ahead of the ASEAN Foreign Ministers Meeting in Kuala Lumpur. Wong thanked Malaysia for its leadership.\n",
			parts: []string{"Penny Wong", "Mohamad Hasan"},
			typ:   "phone_call",
		},
		{
			name:      "a sentence-opening 'Referring to ...' introduces a topic and is no claim; the main clause's verb is",
			text:      "Foreign ministers of Türkiye and Hungary spoke by phone\n\n5 May 2025\n\nForeign Minister Hakan Fidan spoke by phone with Foreign Minister Péter Szijjártó. Referring to the decision of the European Council, Szijjártó said that Hungary would keep its veto. Fidan noted the importance of dialogue.\n",
			parts:     []string{"Hakan Fidan", "Péter Szijjártó"},
			claims:    []string{"Szijjártó said", "Fidan noted"},
			notClaims: []string{"referring to"},
		},
		{
			name:  "a trip to attend a body's meeting ('who travelled to Astana to take part in the session of the Council of Foreign Ministers of the CSTO') makes the talks there sideline talks, not a visit",
			text:  "Foreign ministers of Armenia and Belarus meet in Astana\n\n3 October 2024\n\nForeign Minister Ararat Mirzoyan, who travelled to Astana to take part in the session of the Council of Foreign Ministers of the Collective Security Treaty Organization, met with Foreign Minister of Belarus Maxim Ryzhenkov on Thursday. Mirzoyan stressed the need for dialogue.\n",
			parts: []string{"Ararat Mirzoyan", "Maxim Ryzhenkov"},
			typ:   "talks",
		},
		{
			name:  "a guest who arrived for a visit in the sentence after the talks makes them a visit, dated by the arrival: 'arrived in Accra on Sunday for a three-day State Visit'; 'The bilateral talks were attended by' is the visit's engagement",
			text:  "President Mahama welcomes President Tinubu\n\nAccra, 14 April 2025\n\nPresident John Mahama this morning welcomed President Bola Tinubu of Nigeria at the Jubilee House, where the two leaders held bilateral talks. President Tinubu arrived in Accra on Sunday for a three-day State Visit to Ghana. The bilateral talks were attended by Foreign Minister Samuel Okudzeto Ablakwa. Mahama stressed that trade must grow. Tinubu said the region needs peace.\n",
			parts: []string{"John Mahama", "Bola Tinubu", "Samuel Okudzeto Ablakwa"},
			typ:   "visit",
			date:  "2025-04-13",
			init:  "Bola Tinubu",
			// the arrival and the talks are the visit, not events of their own
			events: []string{"visit"},
		},
		{
			name:     "'declared', 'argued', 'observed' and 'replied' report speech before what was said or after a quotation; 'declared the forum open' is no claim",
			text:     "Joint press statements by President Iohannis and President Sandu\n\n2 July 2024\n\nPresident of Romania Klaus Iohannis met President of Moldova Maia Sandu at the Cotroceni Palace. \"Romania will remain Moldova's advocate,\" the President of Romania declared. Sandu argued that reforms must go on. Iohannis observed that the region is safer. Iohannis then declared the business forum open.\n",
			parts:    []string{"Klaus Iohannis", "Maia Sandu"},
			claims:   []string{"Iohannis declared", "Sandu argued", "Iohannis observed"},
			notTexts: []string{"declared the business forum open"},
		},
		{
			name:   "a title in lower case opening a clause after an introductory phrase ('At the talks, the minister stressed') refers as 'The minister' opening a sentence does",
			text:   "Szijjártó held talks with Bayramov\n\n23 September 2024\n\nMinister of Foreign Affairs and Trade Péter Szijjártó held talks with his Azerbaijani counterpart Jeyhun Bayramov in New York on Monday.\n\nAt the talks, the minister stressed that Hungary needs new sources of gas. Bayramov thanked Hungary.\n",
			parts:  []string{"Péter Szijjártó", "Jeyhun Bayramov"},
			claims: []string{"Szijjártó stressed", "Bayramov thanked"},
		},
		{
			name:  "the members a delegation is said to be made up of take part: 'The Argentine delegation was made up of the Chief of Cabinet, Guillermo Francos; ...'",
			text:  "President Milei received President Peña\n\nTuesday, March 11, 2025\n\nPresident Javier Milei received President of Paraguay Santiago Peña at Casa Rosada. The Argentine delegation was made up of the Chief of Cabinet, Guillermo Francos, and the Minister of Foreign Affairs, Gerardo Werthein. The Paraguayan delegation consisted of Foreign Minister Rubén Ramírez Lezcano. The presidents reviewed the bilateral agenda.\n",
			parts: []string{"Javier Milei", "Santiago Peña", "Guillermo Francos", "Gerardo Werthein", "Rubén Ramírez Lezcano"},
		},
		{
			name:  "a name an appositive calls a document is no institution, there or elsewhere: 'the Falepili Union, a treaty that'; 'the Pacific Islands Forum, a body that' is",
			text:  "Prime Minister Albanese meets Prime Minister Teo\n\n9 November 2024\n\nPrime Minister Anthony Albanese today met Prime Minister of Tuvalu Feleti Teo in Canberra. The leaders welcomed the entry into force of the Falepili Union, a treaty that gives Tuvaluans a pathway to Australia. Teo said the Falepili Union reflected deep trust. The leaders welcomed the work of the Tuvalu Climate Council, a body that advises on adaptation.\n",
			parts: []string{"Anthony Albanese", "Feleti Teo"},
			insts: []string{"institution/tuvalu-climate-council"},
		},
		{
			name:    "a two-letter initial ('Guðni Th. Jóhannesson', 'Sh. Mirziyoyev') is an initial: it ends no sentence and names no person of its own",
			text:    "President Guðni Th. Jóhannesson received President Sauli Niinistö\n\n12 May 2023\n\nPresident Guðni Th. Jóhannesson received President Sauli Niinistö at Bessastaðir. Niinistö stressed Nordic unity. President Sh. Mirziyoyev of Uzbekistan sent a message. Presidential Aide Yu. Ushakov was present.\n",
			parts:   []string{"Guðni Th. Jóhannesson", "Sauli Niinistö"},
			claims:  []string{"Niinistö stressed"},
			persons: []string{"person/gudni-th-johannesson", "person/sauli-niinisto", "person/shavkat-mirziyoyev", "person/yu-ushakov"},
		},
		{
			name:      "a passive in the base form ('must involve Ukraine and be backed by') is no claim",
			text:      "President Zelensky speaks with Prime Minister Frederiksen\n\n11 February 2025\n\nPresident Volodymyr Zelensky had a phone call with Prime Minister Mette Frederiksen. Frederiksen stressed that any peace plan must include Ukraine and be supported by firm guarantees. The leaders discussed air defence.\n",
			parts:     []string{"Volodymyr Zelenskyy", "Mette Frederiksen"},
			claims:    []string{"Frederiksen stressed", "BOTH discussed"},
			notClaims: []string{"supported"},
		},
		{
			name:  "a possessive after a body's head ends its name: 'the Spanish Navy's Amphibious Ready Group' is the Spanish Navy",
			text:  "Prime Minister meets Prime Minister of Japan\n\n18 November 2024\n\nPrime Minister Pedro Sánchez met Prime Minister Shigeru Ishiba in Rio de Janeiro. Ishiba welcomed the visit of the Spanish Navy's Amphibious Ready Group to Japan.\n",
			parts: []string{"Pedro Sánchez", "Shigeru Ishiba"},
			insts: []string{"institution/spanish-navy"},
		},
		{
			name:  "a meeting named only by generic words ('the Leaders' Summit in Apulia', 'the Foreign Ministers' Meeting') is no institution; 'the G7 Leaders' Summit' is the G7",
			text:  "Prime Minister meets Prime Minister of Japan\n\n18 November 2024\n\nPrime Minister Pedro Sánchez met Prime Minister Shigeru Ishiba in Rio de Janeiro. Ishiba recalled the Leaders' Summit in Apulia and the Foreign Ministers' Meeting in Capri. Sánchez welcomed the outcome of the G7 Leaders' Summit.\n",
			parts: []string{"Pedro Sánchez", "Shigeru Ishiba"},
			insts: []string{"institution/g7"},
		},
		{
			name:  "a numbered edition of a known conference is one institution named by its acronym and number, as COP29 is: 'the Seventh China International Import Expo (CIIE 7)'",
			text:  "Foreign Minister meets Chinese counterpart\n\n5 November 2024\n\nForeign Minister Penny Wong met Foreign Minister Wang Yi in Shanghai. Wang welcomed Australia's participation in the Seventh China International Import Expo (CIIE 7). Wong said Australian firms would attend CIIE 7.\n",
			parts: []string{"Penny Wong", "Wang Yi"},
			insts: []string{"institution/ciie-7"},
		},
		{
			name:   "an -ing verb after 'in addition to' or 'as well as' is its clause's subject's claim",
			text:   "Foreign Minister Receives Phone Call\n\nDoha, March 3, 2025\n\nMinister of State Mohammed Al-Khulaifi received a phone call from Foreign Minister of Norway Espen Barth Eide. During the call, they reviewed bilateral relations, in addition to discussing the situation in Sudan. Eide welcomed the ceasefire, as well as praising Qatar's mediation.\n",
			parts:  []string{"Mohammed Al-Khulaifi", "Espen Barth Eide"},
			claims: []string{"BOTH reviewed", "BOTH discussing", "Eide welcomed", "Eide praising"},
		},
		{
			name:   "'His Excellency' alone, when no one participant was introduced with it, opening the sentence after a participant's is that participant, as 'He' is; a participle after its clause is the same speaker's",
			text:   "Foreign Minister Receives Phone Call\n\nDoha, March 3, 2025\n\nHE Minister of State Mohammed Al-Khulaifi received a phone call from HE Foreign Minister of Norway Espen Barth Eide. HE the Minister of State stressed Qatar's support for dialogue. His Excellency called on all parties to show restraint, warning that escalation threatens the region.\n",
			parts:  []string{"Mohammed Al-Khulaifi", "Espen Barth Eide"},
			claims: []string{"Al-Khulaifi stressed", "Al-Khulaifi called on", "Al-Khulaifi warning"},
		},
		{
			name:     "a 'when' clause after a past time is another event's: 'recalled his visit to Nairobi last May, when both governments agreed' is no claim of this one",
			text:     "President Ruto meets Prime Minister Albanese\n\nCanberra, 3 April 2025\n\nPresident William Ruto met Prime Minister Anthony Albanese in Canberra today. Albanese recalled his visit to Nairobi last May, when both governments agreed to expand trade. The two leaders agreed to open a new consulate.\n",
			parts:    []string{"William Ruto", "Anthony Albanese"},
			claims:   []string{"Albanese recalled", "BOTH agreed"},
			notTexts: []string{"agreed to expand trade"},
		},
		{
			name:   "two titles of one office joined by 'and' before a name are two persons: 'The Chancellor and Prime Minister Fiala' speak jointly",
			text:   "Chancellor speaks with Czech Prime Minister\n\n5 March 2024\n\nFederal Chancellor Olaf Scholz spoke by telephone with the Prime Minister of the Czech Republic, Petr Fiala. Fiala stressed the importance of energy security. The Federal Chancellor and Prime Minister Fiala also exchanged views on the European Council and agreed to stay in touch.\n",
			parts:  []string{"Olaf Scholz", "Petr Fiala"},
			claims: []string{"Fiala stressed", "BOTH exchanged views", "BOTH agreed"},
		},
		{
			name:      "'spoke about' and 'spoke of' a matter are claims, 'spoke by phone with' the event; 'defended' a stance is a claim",
			text:      "President Boric speaks with Prime Minister Albanese\n\nMarch 3, 2025\n\nPresident Gabriel Boric spoke by phone with Prime Minister Anthony Albanese. Boric spoke about the lithium partnership. Albanese spoke of the need for open markets. The leaders defended free trade.\n",
			parts:     []string{"Gabriel Boric", "Anthony Albanese"},
			claims:    []string{"Boric spoke about", "Albanese spoke of", "BOTH defended"},
			notClaims: []string{"spoke"},
			typ:       "phone_call",
		},
		{
			name:  "'received a phone call on Monday (3) from X': the caller after a time is the initiator",
			text:  "President Boric talks by phone with Prime Minister Albanese\n\nMarch 3, 2025\n\nPresident Gabriel Boric received a phone call on Monday (3) from the Prime Minister of Australia, Anthony Albanese. The two leaders discussed trade.\n",
			parts: []string{"Gabriel Boric", "Anthony Albanese"},
			typ:   "phone_call",
			init:  "Anthony Albanese",
		},
		{
			name:   "a meeting the next sentence places during a visit ('The meeting was held during X's working visit to Y') is that visit, the guest its initiator, dated by its first day",
			text:   "Minister Wong meets Chilean counterpart\n\nSantiago, 6 March 2025\n\nOn Thursday, Foreign Minister Penny Wong held talks with the Foreign Minister of Chile, Alberto van Klaveren, in Santiago. The talks took place during Minister Wong's working visit to Chile on 5-7 March 2025. Wong stressed the value of the Pacific Alliance.\n",
			parts:  []string{"Penny Wong", "Alberto van Klaveren"},
			claims: []string{"Wong stressed"},
			typ:    "visit",
			init:   "Penny Wong",
			date:   "2025-03-05",
		},
		{
			name:  "a meeting 'on the eve of' a visit stays a meeting",
			text:  "Minister Wong meets Chilean counterpart\n\nSantiago, 6 March 2025\n\nOn Thursday, Foreign Minister Penny Wong held talks with the Foreign Minister of Chile, Alberto van Klaveren, in Santiago. The talks took place on the eve of the President's visit to Australia. Wong stressed the value of the Pacific Alliance.\n",
			parts: []string{"Penny Wong", "Alberto van Klaveren"},
			typ:   "meeting",
			date:  "2025-03-06",
		},
		{
			name:     "a pronoun opening the event's sentence is the person who opens the body after a dateline; an arrival before it places the visit, which is no other event",
			text:     "Foreign Minister Wadephul travels to Lebanon\n\nBeirut, 12 March 2025 - Foreign Minister Johann Wadephul arrived in Beirut today on a working visit to Lebanon. He held talks with President Joseph Aoun. Wadephul stressed Germany's support for Lebanon's sovereignty.\n",
			parts:    []string{"Johann Wadephul", "Joseph Aoun"},
			claims:   []string{"Wadephul stressed"},
			typ:      "visit",
			location: "place/beirut",
			events:   []string{"visit"},
		},
		{
			name:      "a visit's reception on arrival and its later engagements belong to it, not a meeting before it or one planned; 'was welcomed at the airport by' is a ceremony, no claim; a pronoun passes back through sentences opening with it",
			text:      "Foreign Minister Wadephul travels to Lebanon\n\n12 March 2025\n\nForeign Minister Johann Wadephul arrived in Beirut today. He was welcomed at the airport by Foreign Minister Youssef Rajji. He then held talks with President Joseph Aoun. Later, Wadephul met with Prime Minister Nawaf Salam. Wadephul recalled that he met Speaker Nabih Berri last year in Berlin. He will meet with Samir Geagea tomorrow. Wadephul stressed Germany's support for Lebanon's sovereignty.\n",
			parts:     []string{"Johann Wadephul", "Joseph Aoun", "Youssef Rajji", "Nawaf Salam"},
			claims:    []string{"Wadephul stressed"},
			notClaims: []string{"welcomed"},
			init:      "Johann Wadephul",
			location:  "place/beirut",
			typ:       "visit",
			events:    []string{"visit"},
		},
		{
			name:     "a visit's date is its visitor's arrival, not the day of an engagement after it; 'he was met by' has the pronoun as subject",
			text:     "President Ruto begins state visit to Japan\n\nTokyo, 6 February 2024\n\nPresident William Ruto arrived in Tokyo on 5 February for a four-day state visit. He was met by Parliamentary Vice-Minister Fukazawa Yoichi. On Wednesday, President Ruto held bilateral talks with Prime Minister Fumio Kishida. President Ruto said Kenya values its partnership with Japan.\n",
			parts:    []string{"William Ruto", "Fukazawa Yoichi", "Fumio Kishida"},
			claims:   []string{"Ruto said"},
			date:     "2024-02-05",
			location: "place/tokyo",
		},
		{
			name:   "'Upon arrival, he was received by': the pronoun is the visitor who arrived in the sentence before",
			text:   "EAM visit to Saudi Arabia\n\nSeptember 08, 2024\n\nExternal Affairs Minister Dr. S. Jaishankar arrived in Riyadh on 8 September 2024 on an official visit to Saudi Arabia. Upon arrival, he was received by Deputy Foreign Minister Waleed Elkhereiji. He will also meet Foreign Minister Prince Faisal bin Farhan Al Saud.\n",
			parts:  []string{"Subrahmanyam Jaishankar", "Waleed Elkhereiji"},
			events: []string{"visit"},
		},
		{
			name:    "a full name without a title as the object of an interaction is a person ('met with Oleg Serebrian'); a name before a noun ('Goldman Sachs executives'), a company's or a thing called so is not",
			text:    "Minister Sybiha met with Moldovan Deputy Prime Minister\n\n14 May 2025\n\nMinister for Foreign Affairs of Ukraine Andrii Sybiha met with Oleg Serebrian in Kyiv. Serebrian reaffirmed Moldova's support for Ukraine. Sybiha also met with Goldman Sachs executives and with Siemens Energy. He welcomed a programme called Bright Horizons.\n",
			parts:   []string{"Andrii Sybiha", "Oleg Serebrian"},
			persons: []string{"person/andrii-sybiha", "person/oleg-serebrian"},
			claims:  []string{"Serebrian reaffirmed"},
		},
		{
			name:     "an object pronoun is not its clause's subject ('President Ruto welcomed her': the visitor), and tells the gender of the person; the subject pronoun of the sentence after is that person, so the visitor holds the talks and speaks",
			text:     "President Hassan arrives in Kenya\n\nNairobi, 12 March 2025\n\nPresident Samia Suluhu Hassan arrived in Nairobi today on a state visit to Kenya. President William Ruto welcomed her at the airport. She then held talks with Prime Minister Musalia Mudavadi. She stressed Tanzania's commitment to the East African Community.\n",
			parts:    []string{"Samia Suluhu Hassan", "Musalia Mudavadi", "William Ruto"},
			claims:   []string{"Hassan stressed"},
			init:     "Samia Suluhu Hassan",
			typ:      "visit",
			location: "place/nairobi",
			events:   []string{"visit"},
		},
		{
			name:     "welcoming a person at a place or on arrival ('welcomed her at the airport', 'welcomed President Hassan warmly at State House', 'welcomed him upon his arrival') is a ceremony, no claim; welcoming a matter, or a guest on a visit ('on her first visit') or at a moment ('at the start of the talks'), is",
			text:     "President Hassan arrives in Kenya\n\nNairobi, 12 March 2025\n\nPresident Samia Suluhu Hassan arrived in Nairobi today on a state visit to Kenya. President William Ruto welcomed her at the airport. President Ruto welcomed President Hassan warmly at State House, and Prime Minister Musalia Mudavadi welcomed her upon her arrival at the reception. At the start of the talks, President Ruto welcomed President Hassan on her first visit to Kenya as President. The two leaders welcomed the progress made in trade. President Ruto welcomed the decision to reopen the border post.\n",
			claims:   []string{"Ruto welcomed", "BOTH welcomed"},
			notTexts: []string{"welcomed her at the airport", "welcomed President Hassan warmly at State House", "welcomed her upon her arrival at the reception"},
		},
		{
			name: "a possessive after the object of thanks, praise or wishes is that person's ('congratulated Lee on his election', 'wished him success in his high office', 'gratitude to X for his'), not the subject's; one after another verb ('invited him to his residence') stays the subject's",
			text: "Telephone conversation with President of Kazakhstan\n\nSeoul, 10 June 2025\n\nPresident Lee Jae-myung held a telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev. Tokayev congratulated Lee on his election victory. President Lee thanked Tokayev and wished him success in his high office. Lee expressed gratitude to Tokayev for his support and invited him to his residence.\n",
			refs: []string{"his 1 = Lee Jae-myung", "him 1 = Kassym-Jomart Tokayev", "his 2 = Kassym-Jomart Tokayev", "his 3 = Kassym-Jomart Tokayev", "his 4 = Lee Jae-myung"},
		},
		{
			name:  "an organ named by its name within its body after the body ('the OSCE ... the Permanent Council', 'the Parliamentary Assembly') or with any name of the body ('the Permanent Council of the Organization for Security and Co-operation in Europe') is that organ, not a body of its own",
			text:  "Foreign Minister addresses the Permanent Council\n\nVienna, 6 March 2025\n\nForeign Minister Elina Valtonen, the Chairperson-in-Office of the OSCE, met with Secretary General Feridun Sinirlioğlu in Vienna. Valtonen presented the priorities of the Chairpersonship to the Permanent Council. She also met with the Chair of the Permanent Council of the Organization for Security and Co-operation in Europe and with members of the Parliamentary Assembly.\n",
			insts: []string{"institution/osce", "institution/osce-pa", "institution/osce-permanent-council"},
		},
		{
			name:  "a body's head noun alone ('the Council') after the body ('the European Council') is that body; 'the Council of Europe' is another",
			text:  "President Costa holds phone call with Prime Minister Frederiksen\n\nBrussels, 10 March 2025\n\nPresident of the European Council António Costa held a phone call with Prime Minister of Denmark Mette Frederiksen. Costa briefed Frederiksen on the preparations for the next meeting of the Council. The two leaders agreed that the Council of Europe and the Council must act on defence.\n",
			insts: []string{"institution/coe", "institution/european-council"},
			refs:  []string{"Council 2 = European Council", "Council 4 = European Council"},
		},
		{
			name: "an object pronoun after an arrival is the one who arrived ('X arrived in Astana ... Y greeted him'), and one whose clause's subject is named is the one the object pronoun just before meant ('Y greeted him ... Z received him': X both times), not the last other person named",
			text: "President Tokayev receives Foreign Minister of Azerbaijan\n\nAstana, 12 April 2025\n\nForeign Minister Jeyhun Bayramov arrived in Astana on an official visit. Foreign Minister Murat Nurtleu greeted him at the airport. President Kassym-Jomart Tokayev received him at the Akorda. The President welcomed the guest and noted the growing trade between the two countries.\n",
			refs: []string{"him 1 = Jeyhun Bayramov", "him 2 = Jeyhun Bayramov"},
		},
		{
			name:   "the initiator takes part: the visitor received under a pronoun in the event's sentence ('President Tokayev received him') is a participant",
			text:   "President Tokayev receives Foreign Minister of Azerbaijan\n\nAstana, 12 April 2025\n\nForeign Minister Jeyhun Bayramov arrived in Astana on an official visit. President Kassym-Jomart Tokayev received him at the Akorda. Bayramov conveyed the greetings of President Ilham Aliyev and stressed the importance of the strategic partnership.\n",
			parts:  []string{"Jeyhun Bayramov", "Kassym-Jomart Tokayev"},
			init:   "Jeyhun Bayramov",
			claims: []string{"Bayramov stressed"},
		},
		{
			name:   "'she' is not a man named 'Mr.' ('Mr. Lipavský welcomed ... She briefed' is the other)",
			text:   "Minister receives Ambassador\n\n3 April 2025\n\nMinister for Foreign Affairs Jan Lipavský received Ambassador Anna Kowalska. Mr. Lipavský welcomed the Ambassador's work. She briefed the Minister on the preparations for the summit.\n",
			claims: []string{"Lipavský welcomed", "Kowalska briefed"},
		},
		{
			name:   "'he' after 'X welcomed him' is X when X can be a he: the subject goes on",
			text:   "Wang Yi Holds Talks with Thai Foreign Minister\n\n2025-04-03\n\nOn April 3, Foreign Minister Wang Yi held talks with Thai Foreign Minister Maris Sangiampongsa in Beijing. Wang Yi welcomed him to China. He said that China is willing to work with Thailand to deepen practical cooperation.\n",
			claims: []string{"Yi said"},
		},
		{
			name:   "an object pronoun past a clause word may be the subject ('Starmer said that the visit gave him'); a possessive tells no gender ('Ukraine and her people', 'for his visit')",
			text:   "Prime Minister meets President of Finland\n\nLondon, 3 April 2025\n\nPrime Minister Keir Starmer met President Alexander Stubb of Finland at Downing Street today. Starmer said that the visit gave him the opportunity to discuss Arctic security. Starmer said that the United Kingdom would always stand by Ukraine and her people. He stressed that a just and lasting peace was needed. Starmer thanked Stubb for his visit. He welcomed the progress on the Nordic defence plans.\n",
			claims: []string{"Starmer said", "Starmer stressed", "Starmer thanked", "Starmer welcomed"},
		},
		{
			name:    "a company shaped like a person's name ('met with Goldman Sachs.') or ending in a company word ('BlackRock Holdings', 'Tata Sons') is no person; 'Jeffrey Sachs' is",
			text:    "Minister Sybiha meets investors\n\n14 May 2025\n\nMinister for Foreign Affairs of Ukraine Andrii Sybiha met with Goldman Sachs. He also met with BlackRock Holdings, with Tata Sons and with Morgan Stanley in Kyiv. Later, Sybiha met with Jeffrey Sachs. Sybiha stressed the importance of investment in Ukraine.\n",
			parts:   []string{"Andrii Sybiha"},
			persons: []string{"person/andrii-sybiha", "person/jeffrey-sachs"},
			claims:  []string{"Sybiha stressed"},
		},
		{
			name:   "the main event named again ('welcomed Minister Iwaya's visit', 'In his letter') is no other event; one with a time word is ('his first trip')",
			text:   "Prime Minister receives Japanese Foreign Minister\n\nHanoi, January 6, 2025 - Prime Minister Pham Minh Chinh on January 6 received Japanese Minister for Foreign Affairs Iwaya Takeshi, who is on an official visit to Viet Nam from January 5-7.\n\nPM Chinh welcomed Minister Iwaya's visit. Minister Iwaya said it was his first trip to Southeast Asia as Foreign Minister.\n",
			typ:    "visit",
			events: []string{"visit", "visit"},
		},
		{
			name:   "a letter named again with its sender ('In his letter, President Erdoğan thanked') is the letter reported",
			text:   "President Erdoğan sends letter to Secretary-General\n\n5 June 2024\n\nPresident Recep Tayyip Erdoğan sent a letter to United Nations Secretary-General António Guterres. In his letter, President Erdoğan thanked the Secretary-General for his stance.\n",
			claims: []string{"Erdoğan thanked"},
			events: []string{"letter"},
		},
		{
			name:   "a first-person release signed on a line of its own ('Senator the Hon Penny Wong') is its signer's, not a peer's in a state it mentions",
			text:   "Meeting with Indonesian Foreign Minister\n\nMedia release\n3 March 2025\n\nToday I met with Indonesia's Foreign Minister Sugiono in Canberra.\n\nWe discussed regional security, including developments in Myanmar.\n\nI welcomed Indonesia's decision to join BRICS as a partner.\n\nSenator the Hon Penny Wong\nMinister for Foreign Affairs\n",
			parts:  []string{"Penny Wong", "Sugiono"},
			claims: []string{"Wong welcomed"},
		},
		{
			name:   "a first-person release whose writer is named on a line of its own under the header ('Senator the Hon Penny Wong') is the writer's, not a peer's in a state it mentions",
			text:   "Call with Foreign Minister of Fiji\n\nMedia release\n3 March 2025\n\nMinister for Foreign Affairs\nSenator the Hon Penny Wong\n\nToday I spoke with Fiji's Foreign Minister Sitiveni Rabuka ahead of the meeting in Samoa.\n\nI welcomed Fiji's leadership on climate change.\n",
			parts:  []string{"Penny Wong", "Sitiveni Rabuka"},
			claims: []string{"Wong welcomed"},
		},
		{
			name:   "a minister 'who joined the talks' takes part; one the guest 'is scheduled to pay a courtesy call on' does not",
			text:   "Prime Minister holds talks with Irish Taoiseach\n\n4 March 2025\n\nPrime Minister Anwar Ibrahim held talks with Taoiseach Micheál Martin in Putrajaya on Tuesday. Minister for Enterprise Peter Burke, who joined the talks, said Ireland would open a trade office in Kuala Lumpur. The two leaders agreed to expand cooperation in education. During his stay, Taoiseach Martin is scheduled to pay a courtesy call on Deputy Prime Minister Fadillah Yusof.\n",
			parts:  []string{"Anwar Ibrahim", "Micheál Martin", "Peter Burke"},
			claims: []string{"Burke said"},
		},
		{
			name:  "a press officer's name on the last lines signs nothing",
			text:  "Meeting with Indonesian Foreign Minister\n\nMedia release\n3 March 2025\n\nToday I met with Indonesia's Foreign Minister Sugiono in Canberra.\n\nI welcomed Indonesia's decision to join BRICS as a partner.\n\nJane Halton, Press Secretary\n",
			parts: []string{"Sugiono"},
		},
		{
			name:     "a reception at the airport after the visitor's arrival is no event of its own: the visit is, with the host who received him",
			text:     "Prime Minister Anwar Ibrahim arrives in Bandar Seri Begawan for a bilateral visit\n\nBANDAR SERI BEGAWAN, 12 March 2024 - Prime Minister Anwar Ibrahim arrived in Bandar Seri Begawan today on a bilateral visit to Brunei Darussalam. He was received at the airport by Crown Prince Al-Muhtadee Billah. Later, Anwar held a meeting with Sultan Hassanal Bolkiah at Istana Nurul Iman. Anwar stressed the importance of ASEAN unity.\n",
			parts:    []string{"Anwar Ibrahim", "Al-Muhtadee Billah", "Hassanal Bolkiah"},
			claims:   []string{"Ibrahim stressed"},
			typ:      "visit",
			init:     "Anwar Ibrahim",
			location: "place/bandar-seri-begawan",
		},
		{
			name:    "a one-word name of the tables before a surname it lacks is someone else",
			text:    "Minister holds video call with UNRWA chief\n30 October 2024\n\nMicheál Martin today held a video call with Philippe Lazzarini. Philippe Lazzarini thanked Ireland for its support.\n",
			persons: []string{"person/micheal-martin", "person/philippe-lazzarini"},
			claims:  []string{"Lazzarini thanked"},
		},
		{
			name:    "a title of an office a named person does not hold, before one of his names, is the holder of that office and name",
			text:    "Prime Minister receives President of Indonesia\nKuala Lumpur, 27 January 2025\n\nPrime Minister Anwar Ibrahim received President Prabowo Subianto of Indonesia in Putrajaya today. Anwar thanked Prabowo for the visit.\n\nOn the same day, President Prabowo was received in audience by Sultan Ibrahim, the King of Malaysia.\n",
			persons: []string{"person/anwar-ibrahim", "person/ibrahim-iskandar", "person/prabowo-subianto"},
			claims:  []string{"Ibrahim thanked"},
		},
		{
			name:    "'Secretary-General' before a surname is the holder of a body's secretary-generalship, not a namesake",
			text:    "Readout of the Secretary-General's call with the President of Chile\n12 March 2019\n\nSecretary-General Guterres spoke today with H.E. Mr. Sebastián Piñera, President of Chile. Secretary-General Guterres welcomed Chile's offer to host the climate conference.\n",
			persons: []string{"person/antonio-guterres", "person/sebastian-pinera"},
			claims:  []string{"Guterres welcomed"},
		},
		{
			name:   "a numbered office ('Minister of Foreign Affairs II') names no one 'II'; Brunei's honorifics ('Setia', 'Awang') before a name",
			text:   "Foreign Minister receives Brunei counterpart\nKuala Lumpur, 14 May 2025\n\nMinister of Foreign Affairs Dato' Seri Utama Haji Mohamad bin Haji Hasan today received the Minister of Foreign Affairs II of Brunei Darussalam, Dato Seri Setia Awang Haji Erywan bin Pehin Yusof.\n\nHaji Erywan conveyed the greetings of His Majesty Sultan Haji Hassanal Bolkiah.\n",
			parts:  []string{"Mohamad Hasan", "Erywan Yusof"},
			claims: []string{"Yusof conveyed"},
		},
		{
			name:    "an honorific after 'at' begins the name of a place: the Malay 'Seri'",
			text:    "Prime Minister hosts dinner for Prime Minister of Singapore\nPutrajaya, 7 January 2025\n\nPrime Minister Anwar Ibrahim hosted a dinner for Prime Minister Lawrence Wong at Seri Perdana tonight. Wong welcomed the new economic zone.\n",
			parts:   []string{"Anwar Ibrahim", "Lawrence Wong"},
			persons: []string{"person/anwar-ibrahim", "person/lawrence-wong"},
			claims:  []string{"Wong welcomed"},
		},
		{
			name:  "a name after a title, a body's name and its acronym, and a comma",
			text:  "Minister holds video call\n30 October 2024\n\nMicheál Martin today held a video call with the Commissioner-General of the United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA), Dorothea Sandberg.\n",
			parts: []string{"Micheál Martin", "Dorothea Sandberg"},
		},
		{
			name:    "a military rank before a name is a title, not a given name",
			text:    "President Mahama holds talks\n10 March 2025\n\nPresident John Dramani Mahama on Sunday held bilateral talks with the President of Burkina Faso, Captain Ibrahim Traoré.\n\nCaptain Traoré thanked President Mahama for the solidarity shown by the Ghanaian people.\n",
			parts:   []string{"John Mahama", "Ibrahim Traoré"},
			claims:  []string{"Traoré thanked"},
			persons: []string{"person/ibrahim-traore", "person/john-mahama"},
		},
		{
			name:   "a body that reports in the present tense: 'Mr Peters says'",
			text:   "Peters meets Fiji Prime Minister\n5 November 2024\n\nForeign Minister Winston Peters met Fiji Prime Minister Sitiveni Rabuka in Wellington on Monday.\n\n\"Fiji is one of our closest partners in the Pacific,\" Mr Peters says.\n\nMr Peters says New Zealand will increase its support for Fiji.\n",
			claims: []string{"Peters says", "Peters says"},
		},
		{
			name:      "present-tense verbs in a body that reports in the past make no claim",
			text:      "Peters meets Fiji Prime Minister\n5 November 2024\n\nForeign Minister Winston Peters met Fiji Prime Minister Sitiveni Rabuka in Wellington on Monday. Mr Peters stressed that the partnership matters. The agreement says that both sides will cooperate.\n",
			claims:    []string{"Peters stressed"},
			notClaims: []string{"says"},
		},
		{
			name:   "the speaker after the verb, after a quotation: 'said Minister Lipavský'",
			text:   "Minister Lipavský spoke with Israeli Foreign Minister Gideon Sa'ar\nPrague, 17 January 2025\n\nMinister of Foreign Affairs Jan Lipavský held a telephone call on Thursday with Israeli Minister of Foreign Affairs Gideon Sa'ar.\n\n\"The Czech Republic stands firmly by Israel,\" said Minister Lipavský. \"We will keep talking,\" said Sa'ar.\n",
			claims: []string{"Lipavský said", "Sa'ar said"},
		},
		{
			name:   "a relative clause after the subject: 'X, who was accompanied by Y, said'",
			text:   "President Mahama holds talks\n10 March 2025\n\nPresident John Dramani Mahama on Sunday held bilateral talks with the President of Burkina Faso, Ibrahim Traoré.\n\nPresident Mahama, who was accompanied by the Minister for Foreign Affairs, Samuel Okudzeto Ablakwa, said Ghana was determined to deepen security cooperation, noting that the two countries share a long border.\n",
			claims: []string{"Mahama said", "Mahama noting"},
		},
		{
			name:      "a date line ending in a full stop: '08.04.2025.'",
			text:      "President Vučić meets with Prime Minister of Slovakia Robert Fico\n08.04.2025.\n\nPresident of the Republic of Serbia Aleksandar Vučić met today with the Prime Minister of the Slovak Republic Robert Fico.\n",
			published: "2025-04-08",
			parts:     []string{"Aleksandar Vučić", "Robert Fico"},
		},
		{
			name:      "a dateline ended by a full stop before the first sentence",
			text:      "Cuban Foreign Minister receives Russian Deputy Foreign Minister\n\nHavana, February 19, 2025. The Minister of Foreign Affairs of Cuba, Bruno Rodríguez Parrilla, received on Tuesday the Deputy Minister of Foreign Affairs of Russia, Sergey Ryabkov.\n",
			published: "2025-02-19",
			date:      "2025-02-18",
		},
		{
			name:   "a capital opening the body before a dash is the venue, and the Cook Islands a state",
			text:   "Peters meets Cook Islands Prime Minister\n20 February 2025\n\nWELLINGTON – Foreign Minister Winston Peters today met Cook Islands Prime Minister Mark Brown.\n",
			states: []string{"state/COK"},
		},
		{
			name: "a visit in an adjunct after a comma is the subject's: ', as part of a working visit'",
			text: "President Mahama holds talks with President of Burkina Faso\n10 March 2025\n\nPresident John Dramani Mahama on Sunday held bilateral talks with the President of Burkina Faso, Ibrahim Traoré, as part of a working visit to the member states of the Alliance of Sahel States.\n",
			typ:  "visit",
			init: "John Mahama",
		},
		{
			name:   "'the head of Romanian diplomacy' and 'the Moldovan official' are those states' participants",
			text:   "Telephone conversation of the Minister of Foreign Affairs\n8 January 2025\n\nMinister of Foreign Affairs Emil Hurezeanu had a telephone conversation with the Minister of Foreign Affairs of the Republic of Moldova, Mihai Popșoi.\n\nThe head of Romanian diplomacy reiterated Romania's firm support for the Republic of Moldova. The Moldovan official thanked Romania for its assistance.\n",
			claims: []string{"Hurezeanu reiterated", "Popșoi thanked"},
		},
		{
			name:  "Malaysian honorifics between an appositive title and the name",
			text:  "Telephone conversation between the Foreign Ministers of Malaysia and Iran\n14 June 2025\n\nThe Minister of Foreign Affairs of Malaysia, YB Dato' Seri Utama Haji Mohamad bin Haji Hasan, received a telephone call from Dr. Seyed Abbas Araghchi, Minister of Foreign Affairs of the Islamic Republic of Iran.\n",
			parts: []string{"Mohamad Hasan", "Abbas Araghchi"},
		},
		{
			name:  "'had also held a meeting with X' is another meeting, X no participant of this one",
			text:  "Péter Szijjártó: We must keep the channels of communication open\n31 October 2024\n\nPéter Szijjártó held talks with Russian Minister of Foreign Affairs Sergey Lavrov in Minsk on Thursday.\n\nPéter Szijjártó added that he had also held a meeting with Belarusian Minister of Foreign Affairs Maxim Ryzhenkov.\n",
			parts: []string{"Péter Szijjártó", "Sergey Lavrov"},
		},
		{
			name:   "a bare title, publisher unknown, is the holder named without another title of the office",
			text:   "Péter Szijjártó: We must keep the channels open\n\n31 October 2024\n\nHungary is interested in keeping the channels of communication with Moscow open, because there can be no peace in Ukraine without dialogue, the Minister of Foreign Affairs and Trade said in Minsk on Thursday, after holding talks with Russian Minister of Foreign Affairs Sergey Lavrov.\n\nIn his statement, Péter Szijjártó pointed out that the war goes on. He added that he had also held a meeting with Belarusian Minister of Foreign Affairs Maxim Ryzhenkov.\n",
			parts:  []string{"Péter Szijjártó", "Sergey Lavrov"},
			claims: []string{"Szijjártó said", "Szijjártó pointed out"},
		},
		{
			name:  "attendees named after 'attended by' join the event",
			text:  "Amir receives King\n\n19/01/2025\n\nKUWAIT, Jan 19 (KUNA) -- His Highness the Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah received on Sunday His Majesty King Abdullah II of Jordan.\n\nThe meeting was attended by Deputy Prime Minister and Minister of Foreign Affairs Ayman Safadi.\n",
			parts: []string{"Mishal Al-Ahmad Al-Jaber Al-Sabah", "Abdullah II", "Ayman Safadi"},
		},
		{
			name:    "a capitalised 'National' opens a body's name; it is no role noun before a person",
			text:    "Call with Prime Minister of Papua New Guinea\n\n13 December 2024\n\nPrime Minister Anthony Albanese called Prime Minister of Papua New Guinea James Marape yesterday to congratulate him on the agreement to bring a PNG team into the National Rugby League competition.\n\nThe two leaders discussed the next steps for the partnership.\n",
			parts:   []string{"Anthony Albanese", "James Marape"},
			insts:   []string{"institution/national-rugby-league"},
			persons: []string{"person/anthony-albanese", "person/james-marape"},
			claims:  []string{"BOTH discussed"},
		},
		{
			name:  "bodies headed by 'Triangle', 'Army' and 'Entity'",
			text:  "President Nausėda met President Duda\n\n2025-03-03\n\nOn Monday, President Gitanas Nausėda met President of Poland Andrzej Duda. President Nausėda expressed confidence that cooperation within the Lublin Triangle would continue. He said the Somali National Army and the Yacyretá Binational Entity were discussed by the two presidents.\n",
			insts: []string{"institution/lublin-triangle", "institution/somali-national-army", "institution/yacyreta-binational-entity"},
		},
		{
			name:    "a rank's abbreviation ends a body's name, and 'General' may open one",
			text:    "King receives Syrian Foreign Minister\n\n07/01/2025\n\nAmman, Jan 7 (Petra) -- His Majesty King Abdullah II received on Tuesday Syrian Foreign Minister Asaad al-Shaibani. The meeting was attended by Director of the General Intelligence Department Maj. Gen. Ahmad Husni.\n",
			insts:   []string{"institution/general-intelligence-department"},
			persons: []string{"person/abdullah-ii", "person/ahmad-husni", "person/asaad-al-shaibani"},
		},
		{
			name:  "'the State Department' is the United States Department of State",
			text:  "Cuban Foreign Minister receives Russian Deputy Foreign Minister\n\nHavana, February 19, 2025. The Minister of Foreign Affairs of Cuba, Bruno Rodríguez Parrilla, received on Tuesday the Deputy Minister of Foreign Affairs of Russia, Sergey Ryabkov. Rodríguez rejected the list published by the State Department.\n",
			insts: []string{"institution/us-state-department"},
		},
		{
			name:      "'wrote' is a claim before what was written and after a quotation, not as the act",
			text:      "President Nausėda congratulated Karol Nawrocki\n\n2025-06-02\n\nOn Monday, President Gitanas Nausėda wrote to Karol Nawrocki.\n\n\"I am convinced that our partnership will grow stronger,\" the President wrote. President Nausėda also wrote that Lithuania stands ready to help.\n",
			typ:       "letter",
			claims:    []string{"Nausėda wrote", "Nausėda wrote"},
			notClaims: []string{"said"},
		},
		{
			name:    "a capitalised name after a bare article or a number is no person: 'the Suwałki Gap', 'the 2030 World Cup'",
			text:    "Bourita holds talks with Portuguese counterpart\n\nMonday 13 January 2025\n\nMinister of Foreign Affairs Nasser Bourita held talks on Monday in Rabat with Paulo Rangel, Minister of State and Foreign Affairs of Portugal.\n\nBourita stressed that the 2030 World Cup is a unique opportunity. He said the security of the Suwałki Gap is important.\n",
			persons: []string{"person/nasser-bourita", "person/paulo-rangel"},
			claims:  []string{"Bourita stressed", "Bourita said"},
		},
		{
			name:  "a body's officer named after the body's name: 'Royal Hashemite Court Chief Yousef Hassan Al-Issawi'",
			text:  "King receives Syrian Foreign Minister\n\n07/01/2025\n\nAmman, Jan 7 (Petra) -- His Majesty King Abdullah II received on Tuesday Syrian Foreign Minister Asaad al-Shaibani. The meeting was attended by Royal Hashemite Court Chief Yousef Hassan Al-Issawi.\n",
			parts: []string{"Abdullah II", "Asaad al-Shaibani", "Yousef Hassan Al-Issawi"},
			insts: []string{"institution/royal-hashemite-court"},
		},
		{
			name:  "church titles and honorifics before names: 'His Eminence Cardinal Pietro Parolin', 'Archbishop'",
			text:  "Audience with the President of the Republic of Chile, 22.11.2024\n\nThis morning, the Holy Father Francis received in audience His Excellency Mr. Gabriel Boric Font, President of the Republic of Chile, who subsequently met with His Eminence Cardinal Pietro Parolin, Secretary of State, accompanied by His Excellency Archbishop Paul Richard Gallagher, Secretary for Relations with States.\n",
			parts: []string{"Pope Francis", "Gabriel Boric", "Pietro Parolin", "Paul Richard Gallagher"},
		},
		{
			name:      "a dateline with the Hijri date before the Gregorian and the agency after a comma",
			text:      "Foreign Minister Receives Phone Call from Syrian Counterpart\n\nRiyadh, Rajab 14, 1446, January 14, 2025, SPA -- Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs, received a phone call today from Syrian Minister of Foreign Affairs Asaad Hassan Al-Shaibani.\n",
			published: "2025-01-14",
			date:      "2025-01-14",
			typ:       "phone_call",
		},
		{
			name:      "a dateline with the agency between slashes: 'DUSHANBE, 14.02.2025 /NIAT \"Khovar\"/.'",
			text:      "Emomali Rahmon receives Bakhtiyor Saidov\n\nDUSHANBE, 14.02.2025 /NIAT \"Khovar\"/. President of the Republic of Tajikistan Emomali Rahmon received the Minister of Foreign Affairs of the Republic of Uzbekistan Bakhtiyor Saidov.\n",
			published: "2025-02-14",
			parts:     []string{"Emomali Rahmon", "Bakhtiyor Saidov"},
		},
		{
			name:  "'Present were X and Y' joins them to the meeting",
			text:  "President Ruto holds talks with President Mohamud\n\n4 March 2025\n\nPresident William Ruto held bilateral talks with his Somali counterpart, Hassan Sheikh Mohamud, at State House, Nairobi.\n\nPresent were Prime Cabinet Secretary Musalia Mudavadi and Defence Cabinet Secretary Soipan Tuya.\n",
			parts: []string{"William Ruto", "Hassan Sheikh Mohamud", "Musalia Mudavadi", "Soipan Tuya"},
		},
		{
			name: "a visit 'concluded' on the day given began the days of its length before",
			text: "OSCE Chairperson-in-Office visits Kyrgyzstan\n\nBISHKEK, 3 April 2025 – Finland's Minister for Foreign Affairs Elina Valtonen concluded a two-day visit to Kyrgyzstan today, during which she met with President Sadyr Japarov.\n",
			typ:  "visit",
			date: "2025-04-02",
			init: "Elina Valtonen",
		},
		{
			name:   "a lower-case title opening a sentence: 'The minister stressed'",
			text:   "Bourita holds talks with Portuguese counterpart\n\nMonday 13 January 2025 - 17:12\n\nRabat - Minister of Foreign Affairs Nasser Bourita held talks on Monday in Rabat with Minister of State and Foreign Affairs of the Portuguese Republic, Paulo Rangel.\n\nBourita said that Morocco and Portugal share an exceptional relationship.\n\nThe minister stressed that the partnership must be given fresh impetus.\n",
			claims: []string{"Bourita said", "Bourita stressed"},
		},
		{
			name:   "'The Minister' is the holder the text names without title or state, over a foreign minister it titles",
			text:   "Péter Szijjártó: We must keep the channels of communication open\n31 October 2024\n\nPéter Szijjártó held talks with Russian Minister of Foreign Affairs Sergey Lavrov in Minsk on Thursday.\n\nThe Minister said that Hungary will not support any new sanctions.\n",
			claims: []string{"Szijjártó said"},
		},
		{
			name:   "'His Highness the Minister of Foreign Affairs' after a minister introduced by name and appositive",
			text:   "Foreign Minister Receives Phone Call from Syrian Counterpart\n\nRiyadh, January 14, 2025 -- His Highness Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs, received a phone call today from Minister of Foreign Affairs of the Syrian Arab Republic Asaad Hassan Al-Shaibani.\n\nHis Highness the Minister of Foreign Affairs affirmed the Kingdom's continued support for the unity of Syria.\n",
			claims: []string{"Saud affirmed"},
		},
		{
			name:  "organs named with their organisation are the organs: the OSCE Ministerial Council, the Assembly of the African Union",
			text:  "Minister Sikorski met Minister Mirzoyan\n\n5 December 2024\n\nOn 5 December, on the margins of the OSCE Ministerial Council in Malta, Deputy Prime Minister and Minister of Foreign Affairs Radosław Sikorski held talks with Armenia's Minister of Foreign Affairs Ararat Mirzoyan. Sikorski recalled the 38th Ordinary Session of the Assembly of the African Union.\n",
			insts: []string{"institution/au-assembly", "institution/osce-ministerial-council"},
		},
		{
			name:   "a mission's posting is part of its name: 'Mission in Somalia'",
			text:   "President Ruto holds talks with President Mohamud\n\n4 March 2025\n\nPresident William Ruto held bilateral talks with his Somali counterpart, Hassan Sheikh Mohamud, at State House, Nairobi. They discussed the African Union Support and Stabilization Mission in Somalia.\n",
			insts:  []string{"institution/african-union-support-and-stabilization-mission-in-somalia"},
			states: []string{"state/KEN", "state/SOM"},
		},
		{
			name:      "a date line of fields: 'Press release | Date: 05/02/2025 | No.: 014/25'",
			text:      "Foreign Minister met Palestinian Prime Minister in Oslo\n\nPress release | Date: 05/02/2025 | No.: 014/25\n\nForeign Minister Espen Barth Eide met Palestinian Prime Minister Mohammad Mustafa in Oslo on Wednesday. Eide emphasised that Norway will continue to support the Palestinian Authority.\n",
			published: "2025-02-05",
			date:      "2025-02-05",
			insts:     []string{"institution/palestinian-authority"},
		},
		{
			name:      "a date line of fields with a time: 'News item | 12-03-2025 | 16:45'",
			text:      "Prime Minister Schoof meets Prime Minister De Wever\n\nNews item | 12-03-2025 | 16:45\n\nPrime Minister of the Netherlands Dick Schoof met Prime Minister of Belgium Bart De Wever in The Hague today.\n",
			published: "2025-03-12",
			date:      "2025-03-12",
		},
		{
			name:      "a dateline with an agency's acronym before the dash: 'May 26, 2025 AKP --'",
			text:      "Cambodian, Lao Prime Ministers Hold Bilateral Talks\n\nKuala Lumpur, May 26, 2025 AKP -- Samdech Moha Borvor Thipadei Hun Manet, Prime Minister of the Kingdom of Cambodia, held bilateral talks with H.E. Sonexay Siphandone, Prime Minister of the Lao People's Democratic Republic, this afternoon.\n",
			published: "2025-05-26",
			parts:     []string{"Hun Manet", "Sonexay Siphandone"},
		},
		{
			name: "'The conversation was initiated by the Uzbek side' names the initiator",
			text: "Telephone conversation with President of Uzbekistan Shavkat Mirziyoyev\n\n28 January 2025\n\nAleksandr Lukashenko had a telephone conversation with President of Uzbekistan Shavkat Mirziyoyev. The conversation was initiated by the Uzbek side.\n",
			typ:  "phone_call",
			init: "Shavkat Mirziyoyev",
		},
		{
			name:   "'Latin American' is no American, inside a body's name too",
			text:   "Foreign Minister van Klaveren meets Peruvian counterpart\n\nNovember 14, 2024\n\nForeign Minister Alberto van Klaveren held a bilateral meeting today with the Minister of Foreign Affairs of Peru, Elmer Schialer. Views were exchanged on the Community of Latin American and Caribbean States (CELAC) and on Latin American integration.\n",
			states: []string{"state/PER"},
		},
		{
			name:   "'during which they discussed' after the main event is this event's; 'the authorities' are both sides",
			text:   "Tsahkna and Sybiha discussed energy\n\n14.01.2025\n\nOn Monday, Foreign Minister Margus Tsahkna held a video call with Ukrainian Minister of Foreign Affairs Andrii Sybiha, during which they discussed the protection of Ukraine's energy infrastructure. Finally, the authorities agreed to maintain close contact. Tsahkna recalled his visit to Kyiv in May, during which they discussed demining.\n",
			claims: []string{"BOTH discussed", "BOTH agreed", "Tsahkna recalled"},
		},
		{
			name:   "a joint statement in the first person plural: 'Today we, X and Y, met'",
			text:   "Joint statement by Prime Minister Schoof and Prime Minister De Wever\n\n12 March 2025\n\nToday we, Dick Schoof, Prime Minister of the Netherlands, and Bart De Wever, Prime Minister of Belgium, met in The Hague.\n\nWe discussed the security situation in Europe. We agreed to meet again in Brussels in the autumn.\n",
			parts:  []string{"Dick Schoof", "Bart De Wever"},
			claims: []string{"BOTH discussed", "BOTH agreed"},
		},
		{
			name:    "a minister's portfolios after the title are neither a person nor a body: 'Migration and Tunisians Abroad'",
			text:    "President receives Iraqi Foreign Minister\n\nCarthage, 20 January 2025\n\nThe President of the Republic, Kaïs Saïed, received today Mr. Fuad Hussein, Minister of Foreign Affairs of the Republic of Iraq, in the presence of the Minister of Foreign Affairs, Migration and Tunisians Abroad, Mohamed Ali Nafti. Minister of State, Minister of Foreign Affairs, National Community Abroad and African Affairs, Ahmed Attaf, was also present.\n",
			persons: []string{"person/ahmed-attaf", "person/fuad-hussein", "person/kais-saied", "person/mohamed-ali-nafti"},
			insts:   []string{},
		},
		{
			name:    "an envoy who delivers a message is received: a meeting, and the message's sender takes no part",
			text:    "President receives Iraqi envoy\n\nCarthage, 20 January 2025\n\nThe President of the Republic, Kaïs Saïed, received on Monday afternoon at Carthage Palace Mr. Fuad Hussein, Deputy Prime Minister and Minister of Foreign Affairs of the Republic of Iraq, who delivered to him a written message from His Excellency Abdul Latif Rashid, President of the Republic of Iraq.\n",
			typ:     "meeting",
			parts:   []string{"Kais Saied", "Fuad Hussein"},
			persons: []string{"person/abdul-latif-rashid", "person/fuad-hussein", "person/kais-saied"},
		},
		{
			name:  "outside a visit, 'Earlier the same day, X also met Y' is another meeting",
			text:  "Foreign Minister met Palestinian Prime Minister in Oslo\n\n5 February 2025\n\nForeign Minister Espen Barth Eide met Palestinian Prime Minister Mohammad Mustafa in Oslo today.\n\nEarlier the same day, Eide also met the UN Senior Humanitarian and Reconstruction Coordinator for Gaza, Sigrid Kaag.\n",
			parts: []string{"Espen Barth Eide", "Mohammad Mustafa"},
		},
		{
			name:   "the author of a quoted first-person statement takes part in what 'I' did",
			text:   "Statement by Secretary General Alain Berset during his official visit to the Republic of Moldova\n\nChișinău 18 March 2025\n\n\"I am in Chișinău today on my first official visit to the Republic of Moldova as Secretary General of the Council of Europe. I held talks with President Maia Sandu and with Prime Minister Dorin Recean.\n\nWe agreed to keep working closely together in the months ahead.\"\n",
			parts:  []string{"Alain Berset", "Maia Sandu", "Dorin Recean"},
			typ:    "visit",
			init:   "Alain Berset",
			claims: []string{"BOTH agreed"},
		},
		{
			name:  "bodies headed by Cabinet and Chancellery, a short mention of one named in full, and no body for a body's plan",
			text:  "Foreign Minister van Klaveren meets Peruvian counterpart\n\nNovember 14, 2024\n\nForeign Minister Alberto van Klaveren held a bilateral meeting today with the Minister of Foreign Affairs of Peru, Elmer Schialer. Both Foreign Ministers reviewed the preparations for the next Chile-Peru Binational Cabinet. They agreed that the Binational Cabinet will meet in Lima, and discussed the Council of Europe Action Plan for Moldova and the help of the Latvian State Chancellery.\n",
			insts: []string{"institution/chile-peru-binational-cabinet", "institution/coe", "institution/latvian-state-chancellery"},
		},
		{
			name:    "'Prime Cabinet Secretary' and 'Defence Cabinet Secretary' are titles, not bodies",
			text:    "President Ruto holds talks with President Mohamud\n\n4 March 2025\n\nPresident William Ruto held bilateral talks with his Somali counterpart, Hassan Sheikh Mohamud, at State House, Nairobi.\n\nPresent were Prime Cabinet Secretary Musalia Mudavadi and Defence Cabinet Secretary Soipan Tuya.\n",
			insts:   []string{},
			persons: []string{"person/hassan-sheikh-mohamud", "person/musalia-mudavadi", "person/soipan-tuya", "person/william-ruto"},
		},
		{
			name:   "'The invitation was accepted' is the invitee's claim",
			text:   "Telephone conversation with President of Uzbekistan Shavkat Mirziyoyev\n\n28 January 2025\n\nAleksandr Lukashenko had a telephone conversation with President of Uzbekistan Shavkat Mirziyoyev.\n\nAleksandr Lukashenko invited Shavkat Mirziyoyev to pay a visit to Belarus at a convenient time. The invitation was accepted with gratitude.\n",
			claims: []string{"Lukashenko invited", "Mirziyoyev accepted"},
		},
		{
			name:      "a dateline with the date in parentheses and a two-digit year: 'Bogotá (Aug. 21/24).'",
			text:      "Foreign Minister Murillo holds videoconference with Panamanian counterpart\n\nBogotá (Aug. 21/24). The Minister of Foreign Affairs, Luis Gilberto Murillo, held a virtual meeting this Wednesday with the Minister of Foreign Affairs of Panama, Javier Martínez-Acha.\n",
			published: "2024-08-21",
			date:      "2024-08-21",
		},
		{
			name:   "'he' before the event verb is the person the sentence before opens with, and a visit said before frames the talks",
			text:   "Foreign Minister Wadephul in Lebanon\n\n30.05.2025 - Article\n\nForeign Minister Johann Wadephul travelled to Beirut today for his first visit to Lebanon since taking office. In Beirut, he held talks with Foreign Minister Youssef Rajji.\n\nIn his talks, the Foreign Minister emphasised that the ceasefire must be fully implemented.\n",
			parts:  []string{"Johann Wadephul", "Youssef Rajji"},
			typ:    "visit",
			init:   "Johann Wadephul",
			claims: []string{"Wadephul emphasised"},
		},
		{
			name: "a visit's days in a sentence before the talks date the visit",
			text: "Visit of Foreign Minister of Maldives to India\n\nJanuary 03, 2025\n\nMinister of Foreign Affairs of the Republic of Maldives, H.E. Dr. Abdulla Khaleel, is on an official visit to India from 02-04 January 2025.\n\nExternal Affairs Minister Dr. S. Jaishankar held talks with Foreign Minister Khaleel in New Delhi today.\n",
			typ:  "visit",
			date: "2025-01-02",
			init: "Abdulla Khaleel",
		},
		{
			name:   "manner adverbs before the verb, a present-tense opinion before 'that', and 'coordinated positions'",
			text:   "Telephone conversation with President of Kyrgyzstan\n\n30 August 2025\n\nIlham Aliyev had a telephone conversation with President of Kyrgyzstan Sadyr Japarov.\n\nIlham Aliyev heartily congratulated Sadyr Japarov on Independence Day. Sadyr Japarov fondly recalled their meetings this year. Ilham Aliyev believes that the two countries will continue their joint efforts. The leaders also coordinated positions ahead of the summit.\n",
			claims: []string{"Aliyev congratulated", "Japarov recalled", "Aliyev believes", "BOTH coordinated positions"},
		},
		{
			name:   "a people named in the plural is its state; the CIA and 'Armed Forces' are bodies",
			text:   "Readout of President Biden's Call with Amir Sheikh Tamim\n\nJuly 30, 2024\n\nPresident Joseph R. Biden, Jr. called Amir Sheikh Tamim bin Hamad Al Thani of Qatar this morning. The President underscored that the United States remains committed to surging assistance to Palestinians, and noted that CIA Director William Burns will meet the Lebanese Armed Forces.\n",
			states: []string{"state/LBN", "state/PSE", "state/QAT", "state/USA"},
			insts:  []string{"institution/lebanese-armed-forces", "institution/us-cia"},
		},
		{
			name:    "the surname alone of an office-holder in office that day, between lower-case words, and not a city's first word",
			text:    "PM meeting with Chancellor Merz\n\nPublished 24 June 2025\n\nThe Prime Minister met German Chancellor Friedrich Merz at the NATO Summit in The Hague this evening. The leaders agreed that pressure on Putin must be ramped up, and recalled the summit held in Dar es Salaam.\n",
			persons: []string{"person/friedrich-merz", "person/keir-starmer", "person/vladimir-putin"},
			parts:   []string{"Keir Starmer", "Friedrich Merz"},
		},
		{
			name:   "a woman named with 'Mrs.' is not 'he', and 'she' is her",
			text:   "Minister Attaf receives call\n\n17 February 2025\n\nMinister of Foreign Affairs Ahmed Attaf received today a phone call from Slovenian Minister of Foreign and European Affairs Tanja Fajon.\n\nMrs. Fajon extended an invitation to Mr. Attaf to visit Ljubljana, which he accepted. He thanked her for the call. She stressed the importance of dialogue.\n",
			claims: []string{"Fajon extended invitation", "Attaf accepted", "Attaf thanked", "Fajon stressed"},
		},
		{
			name:    "a title right before another is the same person's: 'Deputy Prime Minister/Foreign Minister Senator Mohammad Ishaq Dar'",
			text:    "Deputy Prime Minister/Foreign Minister meets Turkish Foreign Minister\n\nAntalya, 12 April 2025\n\nDeputy Prime Minister/Foreign Minister Senator Mohammad Ishaq Dar met Foreign Minister of the Republic of Türkiye, H.E. Mr. Hakan Fidan, today.\n\nThe Deputy Prime Minister and Foreign Minister briefed his Turkish counterpart on the situation in Afghanistan.\n",
			parts:   []string{"Ishaq Dar", "Hakan Fidan"},
			persons: []string{"person/hakan-fidan", "person/ishaq-dar"},
			claims:  []string{"Dar briefed"},
		},
		{
			name:      "a date line, then the first sentence: no title line",
			text:      "Antalya, 12 April 2025\n\nDeputy Prime Minister Mohammad Ishaq Dar met Foreign Minister Hakan Fidan in Antalya today.\n\nThe two ministers discussed trade.\n",
			published: "2025-04-12",
			parts:     []string{"Ishaq Dar", "Hakan Fidan"},
			claims:    []string{"BOTH discussed"},
		},
		{
			name:   "'held online talks' is a video call, and 'the two diplomats' both sides",
			text:   "Online talks with Japan\n\nMarch 5, 2025\n\n(MOFA) - On the afternoon of March 5, 2025, Deputy Prime Minister and Foreign Minister Bui Thanh Son held online talks with Japanese Foreign Minister Iwaya Takeshi. The two top diplomats exchanged views on the region, and agreed to convene the Viet Nam - Japan Cooperation Committee.\n",
			typ:    "video_call",
			claims: []string{"BOTH exchanged views"},
			insts:  []string{"institution/vietnam-japan-cooperation-committee"},
		},
		{
			name: "'made a phone call ... with' names the caller",
			text: "Foreign Minister's call\n\n10 June 2025\n\nDr. Badr Abdelatty, Minister of Foreign Affairs, made a phone call on Tuesday with Mr. Ayman Safadi, Deputy Prime Minister and Minister of Foreign Affairs of Jordan.\n",
			typ:  "phone_call",
			init: "Badr Abdelatty",
		},
		{
			name:      "a participle after 'being' modifying a noun is no claim; a title running over a region introduces a name",
			text:      "Minister Joly speaks with Mexico's Secretary of Foreign Affairs\n\nMarch 4, 2025\n\nToday, Minister of Foreign Affairs Mélanie Joly spoke with Juan Ramón de la Fuente, Mexico's Secretary of Foreign Affairs. The Secretary outlined the measures being considered by the government, and noted that US Special Envoy to the Middle East Steve Witkoff would travel to Doha.\n",
			claims:    []string{"Fuente outlined"},
			notClaims: []string{"considered"},
			persons:   []string{"person/juan-ramon-de-la-fuente", "person/melanie-joly", "person/steve-witkoff"},
		},
		{
			name:      "a release's number above its title is no title: 'Press Release No. 98'",
			text:      "Press Release No. 98\n\nVisit to Brazil of the Minister of Foreign Affairs of Paraguay, Rubén Ramírez Lezcano – Brasília, March 13, 2025\n\nPublished on March 13, 2025 17h40\n\nThe Minister of Foreign Affairs, Ambassador Mauro Vieira, received today the Minister of Foreign Affairs of Paraguay, Rubén Ramírez Lezcano.\n",
			published: "2025-03-13",
			typ:       "visit",
		},
		{
			name:   "', agreeing to' after another claim verb",
			text:   "Tajani hosts Grlić Radman\n\n5 May 2025\n\nAntonio Tajani today hosted his Croatian counterpart Gordan Grlić Radman in Trieste. The two ministers reviewed cooperation on migration, agreeing to strengthen joint patrols.\n",
			claims: []string{"BOTH reviewed", "BOTH agreeing"},
		},
		{
			name:   "'His Highness' alone is the person introduced as 'H.H.'",
			text:   "Foreign Minister holds talks\n\nABU DHABI, 5th May, 2025 (WAM) -- H.H. Sheikh Abdullah bin Zayed Al Nahyan, Deputy Prime Minister and Minister of Foreign Affairs, received Juraj Blanár, Minister of Foreign and European Affairs of the Slovak Republic.\n\nHis Highness stressed the UAE's keenness to strengthen its relations with the European Union.\n",
			claims: []string{"Nahyan stressed"},
		},
		{
			name:    "a lower-case role before a name introduces a person ('human rights defender Ilham Tohti'); 'the Zionist regime' is Israel",
			text:    "Strategic Dialogue with China\n\n2 July 2025\n\nHR/VP Kaja Kallas met Foreign Minister Wang Yi in Brussels today. Kallas raised the case of human rights defender Ilham Tohti. Wang Yi condemned the actions of the Zionist regime.\n",
			persons: []string{"person/ilham-tohti", "person/kaja-kallas", "person/wang-yi"},
			states:  []string{"state/CHN", "state/ISR"},
		},
		{
			name:      "welcoming a guest to a place is hosting, not a stance",
			text:      "Secretary General welcomes the Prime Minister\n\n13 February 2019\n\nNATO Secretary General Jens Stoltenberg welcomed Prime Minister Zoran Zaev to NATO Headquarters on Wednesday. Mr Stoltenberg praised the political courage shown by Skopje.\n",
			claims:    []string{"Stoltenberg praised"},
			notClaims: []string{"welcomed"},
			typ:       "meeting",
		},
		{
			name:   "a parenthetical between subject and verb, and the call as a joint subject",
			text:   "President El-Sisi Receives a Phone Call\n\n12 February 2020\n\nPresident Abdel Fattah El-Sisi received a phone call today from Prime Minister Giuseppe Conte of Italy. The call also reviewed developments in Libya. Prime Minister Conte, for his part, commended the Egyptian efforts.\n",
			claims: []string{"BOTH reviewed", "Conte commended"},
		},
		{
			name:   "a bare title is the publisher's own office-holder throughout",
			text:   "PM call with Prime Minister Albanese: 3 March 2025\n\nThe Prime Minister spoke to Prime Minister Anthony Albanese of Australia this afternoon. The Prime Minister updated on his work with European partners. Prime Minister Albanese said Australia would be open to contributing.\n",
			parts:  []string{"Keir Starmer", "Anthony Albanese"},
			claims: []string{"Starmer updated", "Albanese said"},
		},
		{
			name:  "a planned visit is not the event",
			text:  "Readout of President Biden's Call with President Ruto of Kenya\n\nMay 2, 2024\n\nPresident Joseph R. Biden, Jr. spoke yesterday with President William Ruto of Kenya to discuss preparations for the upcoming State Visit.\n",
			typ:   "phone_call",
			date:  "2024-05-01",
			parts: []string{"Joe Biden", "William Ruto"},
		},
		{
			name:   "a leader named by title alone is the mentioned state's office-holder",
			text:   "Telephone call with the President of Ukraine\n\n12 March 2025\n\nThe President of the Republic spoke this afternoon with President Volodymyr Zelensky. He reaffirmed France's unwavering support for Ukraine. The President of the Republic stressed that any ceasefire needs guarantees. President Zelensky thanked France for its assistance.\n",
			parts:  []string{"Emmanuel Macron", "Volodymyr Zelenskyy"},
			claims: []string{"Macron reaffirmed", "Macron stressed", "Zelenskyy thanked"},
		},
		{
			name:   "a bare title is the one person the text names with that office, before any mentioned state's",
			text:   "President Ruto hosts Ethiopian Prime Minister\n\nTuesday, 4th June 2024\n\nThe President spoke on Monday at State House, Nairobi, when he hosted Ethiopian Prime Minister Abiy Ahmed. He called for efforts to restore peace in Sudan.\n",
			parts:  []string{"William Ruto", "Abiy Ahmed"},
			claims: []string{"Ruto called for"},
		},
		{
			name:   "a time between subject and verb, and a verb after ', but'",
			text:   "Foreign Minister meets Foreign Minister of Iran\n\n14 November 2024\n\nIAEA Director General Rafael Mariano Grossi met Iran's Minister of Foreign Affairs Abbas Araghchi in Tehran today. Araghchi on Thursday said Iran was ready to cooperate, but warned that a resolution would be met with a response. Grossi referred to the safeguards agreement. The two sides talked about verification and valued the dialogue.\n",
			claims: []string{"Araghchi said", "Araghchi warned", "Grossi referred to", "BOTH talked about", "BOTH valued"},
		},
		{
			name:  "a person after a title the tables lack, naming a state",
			text:  "President receives Minister\n\n19 May 2025\n\nPresident Shavkat Mirziyoyev received Minister of Energy of Azerbaijan Parviz Shahbazov and Ambassador of Japan to Uzbekistan Fumio Iwai.\n",
			parts: []string{"Shavkat Mirziyoyev", "Parviz Shahbazov", "Fumio Iwai"},
		},
		{
			name:  "a head named after a known institution is no part of its name",
			text:  "President receives Secretary General\n\n5 September 2024\n\nPresident Shavkat Mirziyoyev received Secretary General of the Organization of Turkic States Kubanychbek Omuraliev.\n",
			parts: []string{"Shavkat Mirziyoyev", "Kubanychbek Omuraliev"},
			insts: []string{"institution/ots"},
		},
		{
			name:      "a spokesman named in an appositive reports the call and takes no part",
			text:      "President El-Sisi Receives a Phone Call\n\n21 October 2024\n\nThe Spokesman for the Presidency, Ambassador Mohamed El-Shennawy, stated that President Abdel Fattah El-Sisi received today a phone call from French President Emmanuel Macron. Ambassador El-Shennawy added that the two Presidents agreed to continue close consultation.\n",
			parts:     []string{"Abdel Fattah el-Sisi", "Emmanuel Macron"},
			claims:    []string{"BOTH agreed"},
			notClaims: []string{"added", "stated"},
		},
		{
			name:  "a spokesperson's report names a participant after 'that'",
			text:  "Briefing\n\n3 March 2025\n\nSpokesperson Maria Zakharova said that Foreign Minister Sergey Lavrov met Foreign Minister Hakan Fidan in Moscow.\n",
			parts: []string{"Sergey Lavrov", "Hakan Fidan"},
		},
		{
			name:  "a portfolio listed in a title is no person",
			text:  "Talks in Rabat\n\n10 March 2025\n\nMinister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser Bourita, held talks on Monday in Rabat with Ghana's Minister for Foreign Affairs, Samuel Okudzeto Ablakwa.\n",
			parts: []string{"Nasser Bourita", "Samuel Okudzeto Ablakwa"},
		},
		{
			name:      "'called on' a person with no appeal is a meeting the caller sought",
			text:      "EAM calls on President\n\n4 October 2024\n\nIndian External Affairs Minister Dr. S. Jaishankar called on President Anura Kumara Dissanayake at the Presidential Secretariat this morning.\n",
			typ:       "meeting",
			init:      "Subrahmanyam Jaishankar",
			notClaims: []string{"called on"},
		},
		{
			name:  "one who participated in the discussion takes part",
			text:  "President meets EAM\n\n4 October 2024\n\nPresident Anura Kumara Dissanayake met Indian External Affairs Minister Dr. S. Jaishankar today. Minister of Foreign Affairs Vijitha Herath also participated in the discussion.\n",
			parts: []string{"Anura Kumara Dissanayake", "Subrahmanyam Jaishankar", "Vijitha Herath"},
		},
		{
			name: "the visitor of 'his visit to Iran' is the one not of Iran",
			text: "Director General meets Foreign Minister\n\n14 November 2024\n\nIAEA Director General Rafael Mariano Grossi today met Iran's Minister of Foreign Affairs Abbas Araghchi during his official visit to Iran.\n",
			typ:  "visit",
			init: "Rafael Grossi",
		},
		{
			name: "'at the latter's request' names the initiator",
			text: "Video conference\n\n18 February 2025\n\nOn 18 February 2025, Mr. Maris Sangiampongsa, Minister of Foreign Affairs of Thailand, held a video conference with Mr. Mohamad Hasan, Minister of Foreign Affairs of Malaysia, at the latter's request.\n",
			typ:  "video_call",
			init: "Mohamad Hasan",
		},
		{
			name:  "the guest of a planned visit the call discusses takes no part in the call",
			text:  "Telephone call\n\n3 March 2025\n\nForeign Adviser Md. Touhid Hossain received a telephone call from Pakistan's Deputy Prime Minister Mohammad Ishaq Dar to discuss the upcoming visit of Prime Minister Shehbaz Sharif to Dhaka.\n",
			typ:   "phone_call",
			parts: []string{"Touhid Hossain", "Ishaq Dar"},
		},
		{
			name:  "a visit being prepared is not the event",
			text:  "Meeting\n\n21 January 2025\n\nForeign Minister Arzu Rana Deuba met Chinese Ambassador Chen Song today to discuss preparations for the visit of Prime Minister K P Sharma Oli to China.\n",
			typ:   "meeting",
			parts: []string{"Arzu Rana Deuba", "Chen Song"},
		},
		{
			name:    "a name after a role noun inside a capitalised run, and names listed after 'staff members'",
			text:    "Talks in Kyiv\n\n17 October 2024\n\nMinister of Foreign Affairs of Ukraine Andrii Sybiha met with Maltese Foreign Minister Ian Borg in Kyiv. They welcomed the efforts of his Personal Envoy Staffan de Mistura and discussed the release of three OSCE staff members, Vadym Golda, Maxim Petrov and Dmytro Shabanov.\n",
			persons: []string{"person/andrii-sybiha", "person/dmytro-shabanov", "person/ian-borg", "person/maxim-petrov", "person/staffan-de-mistura", "person/vadym-golda"},
		},
		{
			name: "the day of another event's participle does not date the event",
			text: "Letter to the President-elect\n\n2.6.2025\n\nPresident of the Republic of Finland Alexander Stubb has sent a letter to President-elect of Poland Karol Nawrocki, congratulating him on his victory in the presidential election held on Sunday.\n",
			typ:  "letter",
			date: "2025-06-02",
		},
		{
			name:   "a title's own state is a guess the office-holder's state and a demonym override",
			text:   "Call\n\n23 January 2025\n\nForeign Secretary Juan Ramón de la Fuente spoke today with U.S. Secretary of State Marco Rubio. The Mexican Foreign Secretary also noted that the review is an opportunity.\n",
			claims: []string{"Fuente noted"},
			states: []string{"state/MEX", "state/USA"},
		},
		{
			name:   "'The Chancellor' with no head of government taking part is the foreign minister (Canciller)",
			text:   "Meeting with Chile\n\n5 April 2024\n\nForeign Minister Diana Mondino received her Chilean counterpart Alberto van Klaveren on Thursday. The Chancellor highlighted the strategic nature of the relationship with Chile.\n",
			claims: []string{"Mondino highlighted"},
		},
		{
			name:   "passive light verbs: 'attention was drawn to', 'mention was then made of'",
			text:   "Audience\n\n12 February 2024\n\nThis morning the Holy Father Francis received in audience H.E. Mr. Javier Gerardo Milei, President of the Argentine Republic. During the cordial talks, satisfaction was expressed for the good bilateral relations, and attention was drawn to the contribution of the Catholic Church to the social life of the Country. Mention was then made of the programme of the new Government.\n",
			claims: []string{"BOTH expressed satisfaction", "BOTH drawn attention", "BOTH made mention"},
		},
		{
			name:   "a title line's last words do not introduce the body's first name",
			text:   "Ambassador of China pays a courtesy call on Foreign Minister\nH.E. Mr. Chen Song, Ambassador of the People's Republic of China to Nepal, paid a courtesy call on Hon. Dr. Arzu Rana Deuba, Minister for Foreign Affairs, at the Ministry today. The Ambassador reiterated China's firm support for Nepal's sovereignty.\n",
			claims: []string{"Song reiterated"},
		},
		{
			name:  "a vision with its year is no institution, and a summit of two known bodies is those bodies",
			text:  "Video conference\n\n18 February 2025\n\nForeign Minister Maris Sangiampongsa held a video conference with Foreign Minister Mohamad Hasan of Malaysia. Both Ministers agreed to implement the ASEAN Community Vision 2045 ahead of the ASEAN-GCC Summit.\n",
			insts: []string{"institution/asean", "institution/gcc"},
		},
		{
			name:   "'the head of Turkmenistan' is its head of state",
			text:   "Telephone conversation\n\n13 August 2024\n\nOn 13 August 2024, President of Turkmenistan Serdar Berdimuhamedov had a telephone conversation with President of the Islamic Republic of Iran Masoud Pezeshkian. Having greeted his interlocutor, the head of Turkmenistan congratulated Masoud Pezeshkian on his election. The head of Iran's delegation was not named.\n",
			claims: []string{"Berdimuhamedov congratulated"},
		},
		{
			name:   "the same when the named guest's state comes first",
			text:   "Meeting with the Prime Minister of Japan\n\n5 March 2024\n\nThe Prime Minister received Prime Minister Fumio Kishida of Japan at Chigi Palace. The Prime Minister underlined that Italy and Japan share values.\n",
			parts:  []string{"Giorgia Meloni", "Fumio Kishida"},
			claims: []string{"Meloni underlined"},
		},
		{
			name:   "'HE' is His Excellency, not a pronoun, and chained titles are all the person's",
			text:   "Prime Minister Receives Phone Call from US Secretary of State\n\nDoha, February 12, 2025\n\nHE Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani received a phone call today from HE US Secretary of State Marco Rubio. During the call, they discussed the ceasefire agreement. HE the Prime Minister affirmed the State of Qatar's continued efforts.\n",
			parts:  []string{"Mohammed bin Abdulrahman Al Thani", "Marco Rubio"},
			init:   "Marco Rubio",
			claims: []string{"BOTH discussed", "Thani affirmed"},
		},
		{
			name:  "'Al Nahyan' and 'Al-Nahyan' are one family name",
			text:  "Foreign Minister meets Foreign Minister of the UAE\n\n10 May 2024\n\nForeign Minister Hakan Fidan met Foreign Minister Abdullah bin Zayed Al-Nahyan of the United Arab Emirates in Ankara. The ministers discussed Gaza.\n",
			parts: []string{"Hakan Fidan", "Abdullah bin Zayed Al Nahyan"},
		},
		{
			name:   "a verb joined to the event verb is the event subject's, not the nearest name's",
			text:   "Results of Phone Call between Foreign Minister and U.S. Secretary of State\n\n2025-01-23\n\nMinister of Foreign Affairs Cho Tae-yul had a phone call with U.S. Secretary of State Marco Rubio on January 23 and congratulated him on his assumption of office. Secretary Rubio noted that the alliance is a linchpin of peace.\n",
			claims: []string{"Tae-yul congratulated", "Rubio noted"},
		},
		{
			name:   "'the two Foreign Ministers' is a joint subject",
			text:   "Foreign Minister meets Foreign Minister of Saudi Arabia\n\nRiyadh, 28 April 2024\n\nForeign Minister Mohammad Ishaq Dar met Foreign Minister of Saudi Arabia Prince Faisal bin Farhan Al Saud in Riyadh today. The two Foreign Ministers reviewed the entire spectrum of bilateral relations.\n",
			claims: []string{"BOTH reviewed"},
		},
		{
			name:   "a title in lower case after a demonym, and 'pointed to'",
			text:   "Araghchi, Wang Yi discuss bilateral ties\n\nTehran, IRNA - January 14, 2025\n\nIranian Foreign Minister Seyed Abbas Araghchi and his Chinese counterpart Wang Yi held a phone conversation on Tuesday. Araghchi pointed to the strategic partnership between the two countries. The Chinese foreign minister, for his part, said that China supports Iran.\n",
			claims: []string{"Araghchi pointed to", "Yi said"},
		},
		{
			name:   "an envoy's title runs over the posting ('Ambassador to Viet Nam')",
			text:   "Prime Minister receives Japanese Ambassador\n\nHanoi, December 5, 2024\n\nPrime Minister Pham Minh Chinh on December 5 received Japanese Ambassador to Viet Nam Ito Naoki, who came to bid farewell. Ambassador Ito Naoki affirmed that he would continue to contribute to the relationship.\n",
			parts:  []string{"Phạm Minh Chính", "Ito Naoki"},
			claims: []string{"Naoki affirmed"},
		},
		{
			name:   "'the head of our state' is the publisher's head of state",
			text:   "President of Uzbekistan receives the Minister of Foreign Affairs of Hungary\n\n09.05.2025\n\nPresident of the Republic of Uzbekistan Shavkat Mirziyoyev received Minister of Foreign Affairs and Trade of Hungary Péter Szijjártó, who is on a working visit to our country. The head of our state noted with satisfaction the steady growth of trade turnover.\n",
			claims: []string{"Mirziyoyev noted"},
		},
		{
			name:   "'The Prime Minister and President X' are two persons",
			text:   "Prime Minister Carney speaks with President of the European Commission Ursula von der Leyen\n\nMarch 16, 2025\n\nPrime Minister Mark Carney today spoke with the President of the European Commission, Ursula von der Leyen. The Prime Minister and President von der Leyen discussed the tariffs imposed by the United States. The Prime Minister underscored Canada's commitment to NATO.\n",
			claims: []string{"BOTH discussed", "Carney underscored"},
		},
		{
			name:  "the guest received as 'the visiting' minister made the visit",
			text:  "President Tinubu receives French Minister for Europe and Foreign Affairs\n\nAbuja, 5 September 2024\n\nPresident Bola Ahmed Tinubu on Thursday received the visiting French Minister for Europe and Foreign Affairs, Mr Stéphane Séjourné, at the State House in Abuja. The President expressed Nigeria's desire to strengthen economic ties with France.\n",
			parts: []string{"Bola Tinubu", "Stéphane Séjourné"},
			typ:   "visit",
			init:  "Stéphane Séjourné",
		},
		{
			name:   "a bare 'the Chairperson' is the participant who chairs",
			text:   "Chairperson of the African Union Commission receives the Foreign Minister of Egypt\n\nAddis Ababa, 9 February 2025\n\nThe Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat, received H.E. Dr. Badr Abdelatty, Minister of Foreign Affairs of the Arab Republic of Egypt. The Chairperson commended Egypt's role in promoting peace.\n",
			claims: []string{"Faki commended"},
		},
		{
			name:    "a noun that heads places' names is a surname after 'Mr.': 'Mr. Peter Hall'",
			text:    "Foreign Secretary meets Minister of Foreign Affairs of Chile\n\nLondon, 3 May 2024\n\nThe Foreign Secretary David Lammy met Minister Alberto van Klaveren in London. Mr. Peter Hall, the trade envoy, was present. Lammy stressed the value of the partnership.\n",
			persons: []string{"person/alberto-van-klaveren", "person/david-lammy", "person/peter-hall"},
		},
		{
			name:  "a name after the principal that ends a body's name ends the body: 'Chief of the Chancellery of the President Małgorzata Paprocka'",
			text:  "President Duda meets Chancellor Scholz\n\nWarsaw, 3 May 2024\n\nPresident Andrzej Duda met with Chancellor Olaf Scholz in Warsaw. Chief of the Chancellery of the President Małgorzata Paprocka also took part in the talks. The President stressed that Poland and Germany must cooperate.\n",
			parts: []string{"Andrzej Duda", "Olaf Scholz", "Małgorzata Paprocka"},
			insts: []string{"institution/chancellery-of-the-president"},
		},
		{
			name:  "the climate conferences being bid for are known: COP31, COP32",
			text:  "Call with Prime Minister of Fiji\n\n3 May 2024\n\nPrime Minister Anthony Albanese spoke with Prime Minister Sitiveni Rabuka. Albanese thanked Fiji for its support for the bid to host COP31 in 2026.\n",
			insts: []string{"institution/cop31"},
		},
		{
			name:  "an office of a body is not an institution: the body after 'of' is",
			text:  "Secretary-General meets Chair of UNICEF Executive Board\n\nNew York, 4 February 2024\n\nThe Secretary-General met today with Ambassador Rebecca Owusu, the Chair of the Executive Board of UNICEF. He thanked her for the Board's support to children in Sudan.\n",
			insts: []string{"institution/executive-board-of-united-nations-children-s-fund"},
		},
		{
			name:  "a state's possessive does not open an institution's name",
			text:  "Andrii Sybiha held a phone conversation with Radosław Sikorski\n\n12 December 2024\n\nMinister for Foreign Affairs of Ukraine Andrii Sybiha had a phone conversation with Minister for Foreign Affairs of Poland Radosław Sikorski. The ministers discussed preparations for Poland's EU Council presidency.\n",
			insts: []string{"institution/eu"},
		},
		{
			name:   "'The President of the Council of Ministers and President X' are two persons, not an institution",
			text:   "President Meloni's telephone conversation with President Trump\n\n10 February 2025\n\nPresident Giorgia Meloni had a telephone conversation today with the President of the United States, Donald J. Trump. The President of the Council of Ministers and President Trump discussed transatlantic relations.\n",
			claims: []string{"BOTH discussed"},
			insts:  []string{},
		},
		{
			name:   "a first-person release is its unnamed writer's: the counterpart's peer in the other state mentioned",
			text:   "Meeting with Prime Minister of India\n\n22 November 2024\n\nToday I met with Prime Minister Narendra Modi on the margins of the G20 Summit in Rio de Janeiro. We welcomed the first Annual Summit between our two countries. I reaffirmed Australia's commitment to a peaceful and prosperous region.\n",
			parts:  []string{"Anthony Albanese", "Narendra Modi"},
			claims: []string{"BOTH welcomed", "Albanese reaffirmed"},
		},
		{
			name:  "a longer form of an office-holder's name after the title of the office",
			text:  "Minister Balakrishnan's call with Malaysian Foreign Minister\n\n22 January 2025\n\nMinister for Foreign Affairs Dr Vivian Balakrishnan spoke with Malaysian Minister of Foreign Affairs Dato' Seri Utama Haji Mohamad bin Haji Hasan this afternoon. Both Ministers welcomed the progress on the Special Economic Zone.\n",
			parts: []string{"Vivian Balakrishnan", "Mohamad Hasan"},
		},
		{
			name:      "welcoming a guest named in an appositive to a place is hosting",
			text:      "NATO Secretary General meets the President of Finland\n\nBrussels, 12 March 2025\n\nNATO Secretary General Mark Rutte welcomed the President of Finland, Alexander Stubb, to NATO Headquarters on Wednesday. Mr Rutte thanked Finland for its contributions to Allied security.\n",
			claims:    []string{"Rutte thanked"},
			notClaims: []string{"welcomed"},
			typ:       "meeting",
		},
		{
			name: "'at the Hungarian side's initiative' names the initiator",
			text: "Telephone conversation with Prime Minister of Hungary Viktor Orbán\n\nJuly 2, 2024\n\nVladimir Putin had a telephone conversation with Prime Minister of Hungary Viktor Orbán at the Hungarian side's initiative. Vladimir Putin outlined Russia's principled position.\n",
			init: "Viktor Orbán",
		},
		{
			name:  "a date after an institution's name is not part of it",
			text:  "Secretary Rubio's Meeting with Japanese Foreign Minister Iwaya\n\nFebruary 14, 2025\n\nSecretary of State Marco Rubio met with Japanese Foreign Minister Iwaya Takeshi on the margins of the Munich Security Conference on February 14. The Secretary expressed concern about tensions in the region.\n",
			insts: []string{"institution/munich-security-conference"},
		},
		{
			name:   "'felicitated' is a stance",
			text:   "Prime Minister receives telephone call from President of Iran\n\nIslamabad, 24 April 2024\n\nPrime Minister Muhammad Shehbaz Sharif received a telephone call from President Masoud Pezeshkian of the Islamic Republic of Iran today. The Prime Minister felicitated the President on his election.\n",
			claims: []string{"Sharif felicitated"},
		},
		{
			name:   "'His Majesty' alone is the participant introduced with it",
			text:   "Vice President Harris Meets with King Abdullah II of Jordan\n\nAugust 7, 2024\n\nVice President Kamala Harris met today with His Majesty King Abdullah II of Jordan. The Vice President and His Majesty discussed the situation in Gaza.\n",
			claims: []string{"BOTH discussed"},
		},
		{
			name:   "'the two heads of government' is a joint subject",
			text:   "Phone call between Chancellor Merz and Prime Minister Tusk\n\nBerlin, 20 May 2025\n\nFederal Chancellor Friedrich Merz spoke on the phone this morning with Polish Prime Minister Donald Tusk. The two heads of government discussed the preparations for the NATO summit.\n",
			claims: []string{"BOTH discussed"},
		},
		{
			name:  "a building is a venue, not an institution",
			text:  "Readout: Prime Minister Albanese's meeting with President Prabowo\n\nCanberra, 12 November 2024\n\nPrime Minister Anthony Albanese welcomed President Prabowo Subianto of Indonesia to Parliament House today. The leaders reaffirmed the importance of the partnership.\n",
			insts: []string{},
		},
		{
			name:  "two states' alliance is a relationship, not an institution",
			text:  "Japan-U.S. Summit Telephone Talk\n\nFebruary 7, 2025\n\nMr. ISHIBA Shigeru, Prime Minister of Japan, held a telephone talk with Donald J. Trump, President of the United States of America. The two leaders confirmed that they would further strengthen the Japan-U.S. Alliance.\n",
			insts: []string{},
		},
		{
			name:   "a currency is not a mention of its state",
			text:   "Telephone conversation with the President of Uzbekistan\n\n14.02.2025\n\nKassym-Jomart Tokayev held a telephone conversation with President of Uzbekistan Shavkat Mirziyoyev. Kassym-Jomart Tokayev noted that trade exceeded 4 billion US dollars (US$ 4 billion), and 10 billion Chinese yuan were invested in China and Kazakhstan.\n",
			states: []string{"state/CHN", "state/KAZ", "state/UZB"},
		},
		{
			name:  "a visit someone was invited to is not the event",
			text:  "Kassym-Jomart Tokayev held a telephone conversation with President of Uzbekistan Shavkat Mirziyoyev\n\n14.02.2025\n\nThe Head of State congratulated his Uzbek counterpart on his birthday. Shavkat Mirziyoyev thanked the President of Kazakhstan and invited him to visit Samarkand.\n",
			typ:   "phone_call",
			parts: []string{"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"},
		},
		{
			name:  "a visit at someone's invitation is the event",
			text:  "Talks with the President of Uzbekistan\n\n15.03.2025\n\nAt the invitation of Kassym-Jomart Tokayev, President of Uzbekistan Shavkat Mirziyoyev visited Astana. The leaders discussed trade and invited business to pay a visit to the fair.\n",
			typ:   "visit",
			parts: []string{"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"},
		},
		{
			name:      "'called on' with no appeal is a courtesy call",
			text:      "Prime Minister meets President of Iran\n\nIslamabad: 22 April 2024\n\nPrime Minister Muhammad Shehbaz Sharif called on the President of the Islamic Republic of Iran, Dr. Seyyed Ebrahim Raisi, who is on an official visit to Pakistan. The two leaders discussed regional security.\n",
			notClaims: []string{"called on"},
			claims:    []string{"BOTH discussed"},
			typ:       "visit",
		},
		{
			name: "a visit is dated by its first day",
			text: "Japan-New Zealand Summit Meeting\n\nJune 19, 2024\n\nOn June 19, 2024, Prime Minister Kishida held a summit meeting with the Rt. Hon. Christopher Luxon, Prime Minister of New Zealand, who is visiting Japan from June 18 to 20.\n",
			typ:  "visit",
			date: "2024-06-18",
		},
		{
			name:   "an address with a house number is a date line's place",
			text:   "Leaders' video conference on Ukraine\n\n10 Downing Street, 15 March 2025\n\nThe Prime Minister hosted a virtual meeting with leaders this morning, including President Emmanuel Macron of France and Prime Minister Giorgia Meloni of Italy.\n",
			parts:  []string{"Keir Starmer", "Emmanuel Macron", "Giorgia Meloni"},
			typ:    "video_call",
			date:   "2025-03-15",
			claims: nil,
		},
		{
			name:   "'we' in a quoted letter is its writer",
			text:   "Letter to President Macron\n\n10 November 2023\n\nPresident Ilham Aliyev has addressed a letter to President of the French Republic Emmanuel Macron.\n\nThe letter reads: \"Dear Mr. President, we consider such steps to be a serious blow to the peace process.\"\n",
			typ:    "letter",
			claims: []string{"Aliyev consider"},
		},
		{
			name:   "a bare title two participants hold is the publisher's own, named first in the event's sentence",
			text:   "Foreign Minister holds telephone conversation\n\n3 March 2025\n\nVijitha Herath, Minister of Foreign Affairs of Sri Lanka, held a telephone conversation with Touhid Hossain, Foreign Adviser of Bangladesh, and with Ahmed Khaleel, Minister of Foreign Affairs of Maldives.\n\nThe Minister thanked both governments for their support.\n",
			claims: []string{"Herath thanked"},
		},
		{
			name:   "'the guest' and 'the host' opening a sentence are whom the event's sentence says received whom",
			text:   "President receives Liberian President\n\n12 May 2025\n\nPresident Julius Maada Bio received President Joseph Boakai of Liberia at State House, Freetown.\n\nThe guest thanked Sierra Leone for its solidarity. The host assured him of continued support.\n",
			claims: []string{"Boakai thanked", "Bio assured"},
		},
		{
			name:      "a message summed up in the present tense: a participant 'expresses', 'highlights ... and reaffirms'",
			text:      "Message of congratulations\n\n4 July 2025\n\nPresident Kassym-Jomart Tokayev sent a message to President Shavkat Mirziyoyev.\n\nIn the message, the President expresses his sincere congratulations to the people of Uzbekistan. Tokayev highlights the strategic partnership and reaffirms his commitment to it. The treaty stresses mutual respect.\n",
			claims:    []string{"Tokayev expresses sincere congratulations", "Tokayev highlights", "Tokayev reaffirms"},
			notClaims: []string{"stresses"},
		},
		{
			name:   "'the Sovereign' is the head of state who takes part",
			text:   "HM the King receives Prime Minister of Mauritania\n\n10 June 2024\n\nHis Majesty King Mohammed VI received at the Royal Palace in Rabat Prime Minister Mokhtar Ould Djay.\n\nThe Sovereign welcomed the progress of bilateral cooperation.\n",
			claims: []string{"VI welcomed"},
		},
		{
			name:   "asides between subject and verb: 'on his part' and a relative clause after a title ('The Kuwaiti minister, who ..., said')",
			text:   "Foreign Minister receives Kuwaiti counterpart\n\n5 May 2025\n\nForeign Minister Ayman Safadi received Kuwaiti Foreign Minister Abdullah Al-Yahya in Amman.\n\nSafadi, on his part, stressed the depth of bilateral ties. The Kuwaiti minister, who arrived in Amman on Sunday, affirmed his country's support for Jordan.\n",
			claims: []string{"Safadi stressed", "Al-Yahya affirmed"},
		},
		{
			name: "a capitalised kind of visit ('is on a State Visit to') frames the talks of the next sentence",
			text: "President Samia hosts President Museveni\n\n14 August 2024\n\nPresident Yoweri Museveni is on a State Visit to Tanzania.\n\nPresident Samia Suluhu Hassan held talks with President Museveni at State House, Dar es Salaam.\n",
			typ:  "visit",
			init: "Yoweri Museveni",
		},
		{
			name: "the date of a visit told a sentence before the talks, which have none",
			text: "President Samia hosts President Museveni\n\n14 August 2024\n\nPresident Yoweri Museveni undertook an official visit to Tanzania on 12 August.\n\nPresident Samia Suluhu Hassan held talks with President Museveni at State House, Dar es Salaam.\n",
			typ:  "visit",
			date: "2024-08-12",
		},
		{
			name:   "a participle after the event's clause is its subject's, past a time before the verb ('X on Thursday received Y ..., pledging')",
			text:   "President receives Togolese counterpart\n\n6 March 2025\n\nPresident John Dramani Mahama on Wednesday received President Faure Gnassingbé of Togo at the Jubilee House, Accra, pledging Ghana's support for regional security.\n",
			claims: []string{"Mahama pledging"},
		},
		{
			name:   "a passive with a participant as agent is the agent's ('was briefed by President X'); a person welcomed by one is a ceremony",
			text:   "President receives Senegalese counterpart\n\n6 March 2025\n\nPresident John Dramani Mahama received President Bassirou Diomaye Faye of Senegal at the Jubilee House.\n\nPresident Mahama was briefed by President Faye on the situation in the Sahel. The proposal for a joint commission was welcomed by President Mahama. On arrival, President Faye was welcomed by President Mahama.\n",
			claims: []string{"Faye briefed", "Mahama welcomed"},
		},
		{
			name:   "a bare 'Both' as subject is both sides",
			text:   "Chancellor speaks with President of Ghana\n\n12 May 2025\n\nFederal Chancellor Friedrich Merz spoke by telephone today with the President of Ghana, John Dramani Mahama.\n\nBoth underlined the importance of the partnership. They met in Accra, where both reiterated their support for ECOWAS.\n",
			claims: []string{"BOTH underlined", "BOTH reiterated"},
		},
		{
			name:   "verbs of discussion and commitment: analysed, addressed (a matter, not a letter or an audience), explored, examined, undertook to, reciprocated, praying",
			text:   "Call\n\n23 July 2024\n\nPresident Cyril Ramaphosa spoke today with President Lula da Silva.\n\nThe presidents analysed the situation in Haiti, addressed food security and explored new areas of cooperation. They examined trade flows and undertook to instruct their ministers. Lula reciprocated the greetings, praying for peace.\n",
			claims: []string{"BOTH analysed", "BOTH addressed", "BOTH explored", "BOTH examined", "BOTH undertook to", "Silva reciprocated", "Silva praying"},
		},
		{
			name:      "'addressed' a letter or an audience is no claim",
			text:      "Letter\n\n23 July 2024\n\nPresident Cyril Ramaphosa addressed a letter to President Lula da Silva.\n\nRamaphosa addressed the plenary session of the summit. Lula addressed the G20 leaders.\n",
			notClaims: []string{"addressed"},
		},
		{
			name:   "each title of a compound title in apposition is the person's: 'The Deputy Prime Minister and Minister of Foreign Affairs, X,' then 'The Deputy Prime Minister said'",
			text:   "Meeting\n\n9 September 2024\n\nThe Deputy Prime Minister and Minister of Foreign Affairs, Mihai Popșoi, today met the Foreign Minister of Lithuania, Kęstutis Budrys, in Chișinău.\n\nThe Deputy Prime Minister thanked Lithuania for its support.\n",
			claims: []string{"Popșoi thanked"},
		},
		{
			name:   "each title of a compound title after the name is the person's: 'X, Crown Prince and Prime Minister, received', then 'the Crown Prince and Prime Minister praised'",
			text:   "Audience\n\n18 September 2024\n\nHis Royal Highness Prince Salman bin Hamad Al Khalifa, Crown Prince and Prime Minister, received the Foreign Minister of Japan, Yoko Kamikawa.\n\nHRH the Crown Prince and Prime Minister praised the relations between Bahrain and Japan.\n",
			claims: []string{"Khalifa praised"},
		},
		{
			name:  "a name after a minister's title the tables lack, ending in its portfolio ('Minister of Commerce and Industry X', 'Minister for Reintegration X')",
			text:  "Visit to India\n\n6 February 2025\n\nForeign Minister Radosław Sikorski met Minister of Commerce and Industry Anand Prakash Varma and Deputy Prime Minister for Reintegration Oleg Serebrian in New Delhi.\n",
			parts: []string{"Radosław Sikorski", "Anand Prakash Varma", "Oleg Serebrian"},
		},
		{
			name:   "a capital naming a treaty or document is no state: the Vienna Convention, the Helsinki Final Act, the Budapest Memorandum, the Rome Statute",
			text:   "Call\n\n9 September 2024\n\nForeign Minister Radosław Sikorski spoke today with Foreign Minister Andrii Sybiha.\n\nThey discussed the Vienna Convention on Diplomatic Relations, the Helsinki Final Act, the Budapest Memorandum and the Rome Statute.\n",
			states: []string{},
		},
		{
			name:   "'American' in 'Organization of American States' and 'Inter-American' is no state",
			text:   "Letter\n\n9 April 2024\n\nForeign Secretary Alicia Bárcena sent a letter today to the Secretary General of the Organization of American States, Luis Almagro, about a loan of the Inter-American Development Bank.\n",
			states: []string{},
		},
		{
			name:  "a standing meeting named after two parties is a body: 'the Philippines-Australia Ministerial Meeting', 'the Mekong-Japan Foreign Ministers' Meeting'",
			text:  "Meeting\n\n26 July 2024\n\nSecretary Enrique Manalo met Minister Penny Wong in Vientiane today.\n\nThey agreed to convene the next Philippines-Australia Ministerial Meeting and discussed the Mekong-Japan Foreign Ministers' Meeting.\n",
			insts: []string{"institution/mekong-japan-foreign-ministers-meeting", "institution/philippines-australia-ministerial-meeting"},
		},
		{
			name:  "a body of a known one is listed for it: 'the Council of Foreign Ministers of the OTS', 'the ECOWAS Authority of Heads of State and Government', 'the OSCE Mission to Serbia'",
			text:  "Meeting\n\n12 April 2025\n\nSecretary General Kubanychbek Omuraliev met Foreign Minister Murat Nurtleu of Kazakhstan in Antalya.\n\nThey discussed the meeting of the Council of Foreign Ministers of the OTS, the summit of the ECOWAS Authority of Heads of State and Government and the work of the OSCE Mission to Serbia.\n",
			insts: []string{"institution/council-of-foreign-ministers-of-the-organization-of-turkic-states", "institution/ecowas-authority-of-heads-of-state-and-government", "institution/osce-mission-to-serbia"},
		},
		{
			name:   "an absolute construction names its own speaker: ', with HH Sheikh Mohammed stressing'",
			text:   "Meeting\n\n18 September 2024\n\nPrime Minister Sheikh Mohammed bin Abdulrahman Al Thani received Foreign Minister Penny Wong of Australia in Doha.\n\nThe two sides reviewed regional developments, with HH Sheikh Mohammed stressing the importance of a ceasefire in Gaza.\n",
			claims: []string{"BOTH reviewed", "Thani stressing"},
		},
		{
			name:  "a person who 'was at' or 'was present at' the meeting takes part",
			text:  "President receives Togolese counterpart\n\n6 March 2025\n\nPresident John Dramani Mahama received President Faure Gnassingbé of Togo at the Jubilee House, Accra.\n\nThe Minister for Foreign Affairs, Samuel Okudzeto Ablakwa, was present at the meeting. The Togolese Foreign Minister, Robert Dussey, was at the talks.\n",
			parts: []string{"John Mahama", "Faure Gnassingbé", "Samuel Okudzeto Ablakwa", "Robert Dussey"},
		},
		{
			name: "a courtesy call is made by its visitor: 'received a courtesy call by X'",
			text: "Courtesy call\n\n14 May 2024\n\nSecretary-General of ASEAN Dr. Kao Kim Hourn today received a courtesy call by H.E. Bendito dos Santos Freitas, Minister of Foreign Affairs and Cooperation of Timor-Leste, at the ASEAN Secretariat.\n",
			init: "Bendito dos Santos Freitas",
		},
		{
			name: "a courtesy call is made by its visitor: 'X paid a courtesy call on Y'",
			text: "Courtesy call\n\n14 May 2024\n\nSecretary of Foreign Affairs Enrique Manalo paid a courtesy call on Secretary-General of ASEAN Dr. Kao Kim Hourn today.\n",
			init: "Enrique Manalo",
		},
		{
			name:   "'Federal Councillor' is a Swiss minister's title, not part of a name",
			text:   "Federal Councillor Jans receives Minister\n\nBern, 02.05.2024 - Federal Councillor Beat Jans received the Minister of the Interior of Ghana, Muntaka Mubarak, in Bern today.\n\nFederal Councillor Jans stressed the importance of migration partnerships.\n",
			parts:  []string{"Beat Jans", "Muntaka Mubarak"},
			claims: []string{"Jans stressed"},
		},
		{
			name:   "a hyphenated surname alone is the person named in full with it",
			text:   "Baume-Schneider receives Ghanaian minister\n\n2 May 2024\n\nMinister of Health Élisabeth Baume-Schneider received the Minister of Health of Ghana, Bernard Okoe-Boye, in Bern today.\n\nBaume-Schneider stressed the importance of vaccine access.\n",
			claims: []string{"Baume-Schneider stressed"},
		},
		{
			name:    "a place named after someone is no person, and its title no one's: 'King Khalid International Airport', 'the Sultan Qaboos Grand Mosque'",
			text:    "Visit\n\n28 January 2025\n\nPresident Cyril Ramaphosa paid a working visit to Oman at the invitation of Sultan Haitham bin Tarik.\n\nUpon arrival at King Khalid International Airport, the President visited the Sultan Qaboos Grand Mosque.\n",
			persons: []string{"person/cyril-ramaphosa", "person/haitham-bin-tariq"},
			claims:  []string{},
		},
		{
			name:   "a possessive of a name of several tokens before a light verb's object: 'expressed Timor-Leste's appreciation'",
			text:   "Courtesy call\n\n14 May 2024\n\nSecretary-General of ASEAN Dr. Kao Kim Hourn received Bendito dos Santos Freitas, Minister of Foreign Affairs and Cooperation of Timor-Leste.\n\nMinister Freitas expressed Timor-Leste's appreciation for the support of ASEAN Member States.\n",
			claims: []string{"Freitas expressed appreciation"},
		},
		{
			name:    "abbreviated styles and ranks ('Amb.', 'Sen.', 'Rep.') open a name and are no name of their own",
			text:    "Minister meets delegation\n\n4 March 2025\n\nMinister of Foreign Affairs Ahmed Attaf received today a delegation led by Sen. Jeanne Shaheen and Rep. Joe Wilson. H.E. Amb. Elizabeth Aubin also took part in the meeting. Shaheen said the United States valued the partnership. Ambassador Aubin stressed the role of trade.\n",
			parts:   []string{"Ahmed Attaf", "Jeanne Shaheen", "Joe Wilson", "Elizabeth Aubin"},
			claims:  []string{"Shaheen said", "Aubin stressed"},
			persons: []string{"person/ahmed-attaf", "person/elizabeth-aubin", "person/jeanne-shaheen", "person/joe-wilson"},
		},
		{
			name:   "a deputy's title ('The Deputy Secretary General') is not the title it qualifies: 'The Secretary General' is not the deputy",
			text:   "Secretary General meets Minister\n\nBrussels, 12 March 2025\n\nThe Secretary General of NATO, Mark Rutte, received today Minister of Foreign Affairs of Ghana Samuel Okudzeto Ablakwa. The Deputy Secretary General, Mrs. Radmila Shekerinska, also took part in the meeting. The Secretary General welcomed the partnership with Ghana.\n",
			parts:  []string{"Mark Rutte", "Samuel Okudzeto Ablakwa", "Radmila Shekerinska"},
			claims: []string{"Rutte welcomed"},
		},
		{
			name:    "the surname of one office-holder in office opening a quotation as the subject of a verb is that person; 'the President' is not an aide whose title ends in 'of the President'",
			text:    "President holds talks with Prime Minister of Lithuania\n\n12 March 2025\n\nPresident of Poland Andrzej Duda held talks with Prime Minister of Lithuania Gintautas Paluckas. Chief of Staff of the President Marcin Mastalerek also took part. \"Lukashenko wants to test our borders. We will not allow it,\" the President said.\n",
			parts:   []string{"Andrzej Duda", "Gintautas Paluckas", "Marcin Mastalerek"},
			claims:  []string{"Duda said"},
			persons: []string{"person/alexander-lukashenko", "person/andrzej-duda", "person/gintautas-paluckas", "person/marcin-mastalerek"},
		},
		{
			name:   "a quotation in low marks closes with a high opening mark („…“ or «…»): the text after it is no quotation",
			text:   "Minister meets Slovak counterpart\n\n3 March 2025\n\nMinister of Foreign Affairs Jan Lipavský met Minister of Foreign Affairs of Slovakia Juraj Blanár in Prague today.\n\n„Our nations share a border and a history,“ said Lipavský. Blanár welcomed the joint transport projects. «We will meet again soon,» said Lipavský. Blanár thanked his host for the invitation.\n",
			claims: []string{"Lipavský said", "Blanár welcomed", "Blanár thanked"},
		},
		{
			name:   "a bare plural of the participants' titles opening a sentence or numbered paragraph is all of them: 'Leaders welcomed', '3. Leaders agreed'",
			text:   "Joint Statement of the Japan-Philippines Summit\n\n1. Prime Minister Shigeru Ishiba and President Ferdinand Marcos Jr. met in Manila on 29 April 2025.\n\n2. Leaders welcomed the entry into force of the Reciprocal Access Agreement. Leaders noted the rising tensions in the South China Sea.\n\n3. Leaders agreed to hold the next summit in Tokyo.\n",
			claims: []string{"BOTH welcomed", "BOTH noted", "BOTH agreed"},
		},
		{
			name:    "a full name spelled with a single letter where the office-holder's name doubles it ('Yousouf', 'Youssouf') is that office-holder, already named by surname",
			text:    "Foreign Secretary meets Djibouti's Foreign Minister Youssouf\n\nNairobi, 12 May 2023\n\nCabinet Secretary for Foreign Affairs Alfred Mutua held talks today with the Minister of Foreign Affairs and International Cooperation of the Republic of Djibouti, H.E. Mahmoud Ali Yousouf.\n\nMinister Youssouf thanked his host for Kenya's support to regional peace efforts.\n",
			parts:   []string{"Alfred Mutua", "Mahmoud Ali Youssouf"},
			persons: []string{"person/alfred-mutua", "person/mahmoud-ali-youssouf"},
			claims:  []string{"Youssouf thanked"},
		},
		{
			name:    "Kenya's abbreviated titles 'CS' (Cabinet Secretary) and 'PCS' (Prime Cabinet Secretary) are titles before a surname, not part of a name",
			text:    "CS Kindiki holds talks with Ethiopian Minister\n\nNairobi, 9 March 2023\n\nCabinet Secretary for Interior Kithure Kindiki held talks today with the Minister of Peace of Ethiopia, Binalf Andualem.\n\nCS Kindiki welcomed the cooperation on border security. The CS noted the progress on the joint patrols. PCS Mudavadi also attended the meeting.\n",
			persons: []string{"person/binalf-andualem", "person/kithure-kindiki", "person/mudavadi"},
			claims:  []string{"Kindiki welcomed", "Kindiki noted"},
		},
		{
			name:   "a rank used as a form of address after an appositive title ('The Minister of Defence, General X') keeps the title: 'The Minister' is X",
			text:   "Minister receives AU Commissioner\n\nAccra, 12 March 2019\n\nThe Minister of Defence, General Kwame Osei Boateng, received the Commissioner for Political Affairs of the African Union, Bankole Adeoye, in Accra.\n\nThe Minister reaffirmed Ghana's support for the African Union.\n",
			claims: []string{"Boateng reaffirmed"},
			titles: []string{"Kwame Osei Boateng = General; Minister of Defence"},
		},
		{
			name:   "during a visit, a bare title that fits the visitor ('In Vilnius, the Defence Minister held talks with ...') adds the visitor's hosts to the visit",
			text:   "Defence Minister visits Lithuania\n\n14.03.2025\n\nDefence Minister Boris Pistorius is visiting Lithuania today. In Vilnius, the Defence Minister held talks with his Lithuanian counterpart Dovilė Šakalienė and was received by President Gitanas Nausėda.\n\nŠakalienė thanked Germany for the brigade.\n",
			parts:  []string{"Boris Pistorius", "Dovilė Šakalienė", "Gitanas Nausėda"},
			claims: []string{"Šakalienė thanked"},
		},
		{
			name:  "a visit's guest is the participant of another state or body, not one whose office is unknown: 'the Director-General held talks with Ahmed Jasim Hamdan'",
			text:  "OPCW Director-General visits Iraq\n\n14 Nov 2024\n\nOPCW Director-General Fernando Arias today met with President Abdul Latif Rashid and Minister of Foreign Affairs Fuad Hussein in Baghdad, on the second day of his visit to the Republic of Iraq. Yesterday, the Director-General held talks with Ahmed Jasim Hamdan.\n\nThe Director-General stressed the importance of cooperation.\n",
			parts: []string{"Fernando Arias", "Abdul Latif Rashid", "Fuad Hussein", "Ahmed Jasim Hamdan"},
			init:  "Fernando Arias",
		},
		{
			name:   "'The invitation was gladly accepted' is the invitee's, past an adverb, and the invitee of 'invited his counterpart' is the counterpart, not the one 'his' is",
			text:   "Minister talks with Croatian counterpart\n\n11 April 2025\n\nMinister of Foreign Affairs Tanja Fajon held a telephone conversation with Minister of Foreign and European Affairs of Croatia Gordan Grlić Radman.\n\nMinister Fajon invited her Croatian counterpart to visit Ljubljana in the autumn. The invitation was happily accepted.\n",
			claims: []string{"Fajon invited", "Radman accepted"},
		},
		{
			name:   "'the heads of diplomacy' are the participants, like 'the heads of government'",
			text:   "Foreign ministers of Czechia and Austria meet in Vienna\n\n4 June 2025\n\nMinister of Foreign Affairs Jan Lipavský met Minister for European and International Affairs of Austria Beate Meinl-Reisinger in Vienna today.\n\nThe heads of diplomacy discussed cooperation on nuclear safety and the two countries' transport links.\n",
			claims: []string{"BOTH discussed"},
		},
		{
			name:   "an appositive title with an article ('Mr Puna, a former Prime Minister of the Cook Islands,') keeps the name the subject, of its verb and of the next 'He'",
			text:   "Prime Minister meets Forum Secretary General\n\nApia, 3 May 2022\n\nPrime Minister Fiamē Naomi Mataʻafa met the Secretary General of the Pacific Islands Forum, Henry Puna, in Apia today.\n\nThe Prime Minister welcomed the Secretary General to Samoa. Mr Puna, a former Prime Minister of the Cook Islands, praised Samoa's leadership on climate finance and thanked the Prime Minister for her hospitality. He also briefed the Prime Minister on the Forum's 2050 Strategy.\n",
			claims: []string{"Puna praised", "Puna thanked", "Puna briefed"},
		},
		{
			name:    "'Eng.' (an engineer's style, in Gulf readouts) before a name ends no sentence and is no name",
			text:    "Minister receives Omani delegation\n\nKuwait, 6 October 2024\n\nForeign Minister Abdullah Al-Yahya received Sayyid Badr bin Hamad Albusaidi today. Also present was Assistant Foreign Minister Eng. Nasser Al-Hain.\n",
			persons: []string{"person/abdullah-ali-al-yahya", "person/badr-albusaidi", "person/nasser-al-hain"},
		},
		{
			name:   "a region's prefix joined by a hyphen ('the Pan-American Games', 'Ibero-American') makes 'American' a region's, no state",
			text:   "Foreign ministers of Chile and Peru meet\n\nLima, 12 March 2025\n\nForeign Minister Jan Horvat met Foreign Minister Petra Novak of Peru today. They discussed the Pan-American Games and the next Ibero-American conference.\n",
			states: []string{"state/CHL", "state/PER"},
		},
		{
			name:   "'called on' an object with an aside between commas ('all parties, in particular the armed groups,') still urges, 'to' after the aside",
			text:   "Minister speaks with Sudanese counterpart\n\nCairo, 3 February 2025\n\nForeign Minister Jan Horvat spoke by telephone with Foreign Minister Petra Novak of Sudan.\n\nMinister Horvat called on the warring parties, especially the armed militias, to allow humanitarian access.\n",
			claims: []string{"Horvat called on"},
		},
		{
			name:   "in a letter's readout 'The letter also stressed' is the writer's",
			text:   "President receives letter from Ghanaian counterpart\n\nAbuja, 7 March 2025\n\nPresident Jan Horvat received a letter from President Petra Novak of Ghana on bilateral relations.\n\nIn the letter, Novak thanked Nigeria for its support. The letter also stressed the need for closer trade ties between the two countries.\n",
			claims: []string{"Novak thanked", "Novak stressed"},
		},
		{
			name:   "an unnamed office 'and his counterpart' ('The chief of the MAEE and his Latvian counterpart') is both participants",
			text:   "Foreign ministers of Luxembourg and Latvia meet\n\nLuxembourg, 9 May 2025\n\nMinister for Foreign Affairs Jan Horvat received Minister of Foreign Affairs of Latvia Petra Novak.\n\nThe chief of the MAEE and his Latvian counterpart underlined their support for Moldova.\n",
			claims: []string{"BOTH underlined"},
		},
		{
			name:   "'illustrated' (Italian 'ha illustrato': presented, set out) is a reporting verb",
			text:   "Minister meets Greek counterpart\n\nRome, 14 April 2025\n\nForeign Minister Jan Horvat met Foreign Minister Petra Novak of Greece at the Farnesina today.\n\nMinister Horvat illustrated the government's priorities for the Mediterranean.\n",
			claims: []string{"Horvat illustrated"},
		},
		{
			name:      "a body's name opening a treaty's ('the UN Convention against Corruption', 'WHO Protocol') makes no institution of the readout",
			text:      "Foreign ministers of Malaysia and Brunei meet\n\nKuala Lumpur, 2 June 2025\n\nForeign Minister Jan Horvat met Foreign Minister Petra Novak of Brunei today.\n\nThey reaffirmed their commitment to the UN Convention against Corruption and to ASEAN.\n",
			instNames: []string{"ASEAN"},
		},
		{
			name:      "a part named with the head noun of a body named before ('the Indian Ocean Rim Association ... the Association Secretariat') is that body's part",
			text:      "Minister meets IORA Secretary General\n\nPort Louis, 5 May 2025\n\nMinister of Foreign Affairs Jan Horvat met the Secretary General of the Indian Ocean Rim Association, Petra Novak, today.\n\nMinister Horvat thanked the Association Secretariat for its work on the blue economy.\n",
			instNames: []string{"Indian Ocean Rim Association", "Indian Ocean Rim Association Secretariat"},
		},
		{
			name:      "a session named by generic words and a body's word ('the 45th Regular Session of the Conference') is that body, no new one",
			text:      "Prime Minister meets CARICOM Secretary-General\n\nBridgetown, 3 March 2025\n\nPrime Minister Jan Horvat met Petra Novak, Secretary-General of the Caribbean Community, today.\n\nThey discussed the decisions of the Conference of Heads of Government and the agenda of the 45th Regular Session of the Conference.\n",
			instNames: []string{"Caribbean Community", "Conference of Heads of Government of CARICOM"},
		},
		{
			name:  "Commonwealth styles 'the Honourable', 'the Most Hon.' and Samoan 'Afioga' are forms of address, no one's name",
			text:  "Minister speaks with Barbadian counterpart\n\nKingston, 3 May 2025\n\nThe Minister of Foreign Affairs, the Honourable Dr. Jane Pierce, held a call today with Prime Minister the Most Hon. Paul Fenton of Barbados and Afioga Tuala Lemalu of Samoa.\n\nMinister Pierce said that ties were strong.\n",
			parts: []string{"Jane Pierce", "Paul Fenton", "Tuala Lemalu"},
		},
		{
			name:  "an office-holder's name is written as the readout writes its apostrophes (Mata'afa for the table's Mataʻafa)",
			text:  "Prime Minister meets Samoan counterpart\n\nSuva, 3 May 2022\n\nPrime Minister Jan Horvat met Prime Minister Fiamē today. Prime Minister Fiamē Naomi Mata'afa thanked Fiji for its hospitality.\n",
			parts: []string{"Jan Horvat", "Fiamē Naomi Mata'afa"},
		},
		{
			name:    "two given names written with a hyphen ('Abdel-Fattah') match a table name that writes them apart, and make one person",
			text:    "Port Sudan: Abdel Fattah al-Burhan holds talks with Ghanaian President\n\nPort Sudan, 3 May 2025\n\nThe Chairman of the Sovereignty Council, Abdel-Fattah Abdelrahman Burhan, held talks with his Ghanaian counterpart Kwame Mensah today.\n\nPresident Mensah said that ties were strong.\n",
			parts:   []string{"Abdel Fattah al-Burhan", "Kwame Mensah"},
			persons: []string{"person/abdel-fattah-al-burhan", "person/kwame-mensah"},
		},
		{
			name:   "a surname of the table's other spelling names the office-holder, and a name written in full with that surname is how the readout writes it",
			text:   "President receives Ghanaian minister\n\nColombo, 3 May 2023\n\nPresident Ranil Wickramasinghe received the Minister of Foreign Affairs of Ghana, Kwame Mensah, today.\n\nWickramasinghe briefed the minister on the economic recovery.\n",
			parts:  []string{"Ranil Wickramasinghe", "Kwame Mensah"},
			claims: []string{"Wickramasinghe briefed"},
		},
		{
			name:    "a full name with a middle name is the person named before by given name and surname, and the principal in a title ('Envoy of the UN Secretary-General') is no participant",
			text:    "Prime Minister Horvat receives UN Special Envoy Maria Lopez\n\nThe Prime Minister of the Government of Unity, Jan Horvat, received at his office the Special Envoy of the UN Secretary-General and Head of the United Nations Verification Mission (UNVM), Maria Elena Lopez, who was accompanied by a delegation.\n\nThe meeting discussed the peace process. Lopez stressed the need for a ceasefire.\n",
			parts:   []string{"Jan Horvat", "Maria Lopez"},
			persons: []string{"person/jan-horvat", "person/maria-lopez"},
		},
		{
			name:      "the tables know 'Union Minister' (Myanmar's, India's ministers) as a title and the BiH Presidency, EUFOR Althea and the OIC Council of Foreign Ministers as bodies",
			text:      "Union Minister meets Chair of BiH Presidency\n\nSarajevo, 4 March 2025\n\nUnion Minister for External Affairs Jan Horvat met the Chair of the BiH Presidency, Petra Novak, today.\n\nThe Union Minister thanked her for the support of Operation Althea and recalled the last session of the Council of Foreign Ministers of the OIC.\n",
			instNames: []string{"EUFOR Althea", "OIC Council of Foreign Ministers", "Presidency of Bosnia and Herzegovina"},
		},
		{
			name:      "a past form after a comma followed by 'by' or by a place ('the militias, backed by ...', 'the accord, signed in Doha') modifies the noun and is no claim",
			text:      "Foreign ministers of Chad and Niger talk by telephone\n\nN'Djamena, 3 May 2025\n\nForeign Minister Jan Horvat spoke by telephone with Foreign Minister Petra Novak of Niger.\n\nThe ministers discussed the attacks of the armed groups, supported by foreign mercenaries, in the border area and the Doha Accord, agreed in the Qatari capital last year, which set out a ceasefire.\n",
			claims:    []string{"BOTH discussed"},
			notClaims: []string{"supported", "agreed"},
		},
		{
			name: "a letter quoted in full is of the day dated at its foot ('Lusaka, 2 March 2025'), not the day it was published",
			text: "Message of the President to the new Prime Minister of Malawi\n\nPublished 4 March 2025\n\nPresident Jan Horvat has sent a letter of congratulations to Prime Minister Petra Novak. The letter reads:\n\n\"Dear Prime Minister,\n\nI congratulate you on your appointment.\n\nLusaka, 2 March 2025\nJan Horvat\"\n",
			typ:  "letter",
			date: "2025-03-02",
		},
		{
			name: "'concluded on 14 May a three-day visit': the day between the verb and the visit is its last, the visit began two days before",
			text: "Foreign Minister ends visit to Ghana\n\n15 May 2025\n\nForeign Minister Jan Horvat concluded on 14 May a three-day official visit to Accra, where he was received by President Petra Novak.\n",
			typ:  "visit",
			date: "2025-05-12",
		},
		{
			name: "'wrapped up a four-day visit to Peru on Friday': the visit began three days before",
			text: "Minister wraps up visit to Peru\n\nSaturday, 10 May 2025\n\nMinister Jan Horvat wrapped up a four-day visit to Peru on Friday, after talks with President Petra Novak in Lima.\n",
			typ:  "visit",
			date: "2025-05-06",
		},
		{
			name:      "a code of capitals and a number ('OS3') that the text spells out once in parentheses names a body, and its capitals name no one",
			text:      "Minister visits Chile\n\n3 June 2025\n\nForeign Minister Jan Horvat met President Ana Lind in Santiago today to prepare the Third Ocean Summit (OS3), which Chile will host.\n\nPresident Lind, who will chair OS3, said that OS3 must deliver for coastal states.\n",
			instNames: []string{"OS3"},
			persons:   []string{"person/ana-lind", "person/jan-horvat"},
		},
		{
			name:    "'DG' before a name is the title Director-General",
			text:    "DG Mendes visits Peru to prepare the ministerial meeting\n\n12 June 2025\n\nDirector-General Ana Mendes met President Jan Horvat in Lima today.\n\nThe Director-General thanked Peru for its support.\n",
			persons: []string{"person/ana-mendes", "person/jan-horvat"},
			claims:  []string{"Mendes thanked"},
		},
		{
			name:      "a body's name ends before 'on' or 'for' and an adjective of a common noun ('the Global Ports Summit on Asian soil')",
			text:      "President receives Minister of Transport\n\n9 June 2025\n\nPresident Jan Horvat received Minister of Transport Ana Lind in Manila today.\n\nThe President thanked her for hosting the first Global Ports Summit on Asian soil and the Maritime Safety Forum for Filipino seafarers.\n",
			instNames: []string{"Global Ports Summit", "Maritime Safety Forum"},
		},
		{
			name:   "a title's last word before the surname of a person named before ('Member of the Presidency Horvat emphasised') leaves the surname his",
			text:   "Member of the Presidency meets Austrian minister\n\n4 March 2025\n\nMember of the Presidency of Montenegro Jan Horvat met today with the Minister of Foreign Affairs of Austria, Ana Lind.\n\nMember of the Presidency Horvat emphasised that the future of Montenegro lies in the European Union. Minister Lind stressed the importance of reforms.\n",
			claims: []string{"Horvat emphasised", "Lind stressed"},
		},
		{
			name:      "a body's name of generic words ('General Assembly', 'Congress') with another body after 'of' or a capitalised word before it is that other's organ, not the UN's or the US's",
			text:      "Foreign Minister receives Brazilian counterpart\n\nSantiago, 4 March 2025\n\nForeign Minister Jan Horvat received the Minister of Foreign Affairs of Brazil, Ana Lind, today.\n\nThe ministers reviewed the resolutions of the General Assembly of Interpol and the bill before the Federal Congress on border crime.\n",
			instNames: []string{"Federal Congress", "General Assembly of International Criminal Police Organization"},
		},
		{
			name:   "'I remain confident that' in a letter quoted in full is its writer's claim",
			text:   "Message of the President to the President of Ghana\n\nPublished on 8 January 2025\n\nPresident Jan Horvat has sent a message to President Ana Lind. The message reads:\n\n\"Dear Sister,\n\nI remain confident that our two nations will deepen their partnership.\n\nJan Horvat\"\n",
			claims: []string{"Horvat remain confident"},
		},
		{
			name:   "a capital opening a headline before a colon ('Nairobi: ...') is the venue, as a dateline's, not the government seated there",
			text:   "Nairobi: President Jan Horvat holds talks with President Ana Lind of Ghana\n\n10 March 2025\n\nPresident Jan Horvat of Zambia held talks today with President Ana Lind of Ghana on the margins of the regional summit.\n",
			states: []string{"state/GHA", "state/ZMB"},
		},
		{
			name:   "'Senator' after an appositive title's comma is a form of address: the title before it ('Minister of Foreign Affairs and International Trade, Senator Jan Horvat') is his too",
			text:   "Minister of Trade receives Ghanaian delegation\n\nGeorgetown, 4 March 2025\n\nMinister of Foreign Affairs and International Trade, Senator Jan Horvat, received the Minister of Trade of Ghana, Ana Lind, today.\n\nSenator Horvat stressed the importance of trade. The Minister of Justice, Ambassador Ema Bor, and the Minister of Foreign Affairs, Senator Eva Mraz, also attended.\n",
			titles: []string{"Jan Horvat = Senator; Minister of Foreign Affairs and International Trade", "Eva Mraz = Senator; Minister of Foreign Affairs"},
		},
		{
			name:    "a bare title ('the Foreign Secretary') is the one the text introduced with it and another state, not the holder of the state the title alone implies",
			text:    "Foreign Secretary of Nepal in Colombo\n\nColombo, 5 June 2025\n\nMr. Jan Horvat, Foreign Secretary of Nepal, arrived in Colombo today.\n\nOn 5 June 2025, the Foreign Secretary held talks with Minister of Foreign Affairs Ana Lind. The Foreign Secretary stressed the value of trade.\n",
			parts:   []string{"Jan Horvat", "Ana Lind"},
			claims:  []string{"Horvat stressed"},
			persons: []string{"person/ana-lind", "person/jan-horvat"},
		},
		{
			name:   "'I extend to Your Excellency, to the government and to the people of Chile my deepest sympathy': the object follows the persons addressed",
			text:   "Message of the President to the President of Chile\n\nPublished on 8 January 2025\n\nPresident Jan Horvat has sent a message to President Ana Lind. The message reads:\n\n\"Excellency,\n\nI extend to Your Excellency, to the government and to the people of Chile my deepest sympathy after the floods.\n\nJan Horvat\"\n",
			claims: []string{"Horvat extend deepest sympathy"},
		},
		{
			name:   "'particular importance was placed on' is the sides' claim, as 'attention was paid to' is",
			text:   "Foreign ministers of Latvia and Chile meet\n\nRiga, 4 June 2025\n\nMinister of Foreign Affairs of Latvia Jan Horvat met with Minister of Foreign Affairs of Chile Ana Lind in Riga.\n\nDuring the talks, particular importance was placed on trade in renewable energy.\n",
			claims: []string{"BOTH placed particular importance"},
		},
		{
			name:   "'Worship' ends a minister's portfolio ('Minister of Foreign Affairs and Worship, X'): the title is X's, no bare title's holder",
			text:   "Foreign Minister speaks with Uruguayan counterpart\n\nBuenos Aires, 4 June 2025\n\nThe Minister of Foreign Affairs and Worship, Jan Horvat, called today the Minister of Foreign Affairs of Uruguay, Ana Lind, to review the bilateral agenda.\n\nIn the conversation, Minister Horvat stressed the ties of friendship.\n",
			titles: []string{"Jan Horvat = Minister of Foreign Affairs and Worship; Minister", "Ana Lind = Minister of Foreign Affairs"},
		},
		{
			name: "'called this Tuesday the Minister of ...': a day between 'called' and the one called leaves the caller the initiator",
			text: "Foreign Minister holds telephone conversation with his Chilean counterpart\nLima, 5 June 2025.\n\nThe Minister of Foreign Affairs, Jan Horvat, called this Tuesday the Minister of Foreign Affairs of the Republic of Chile, Ana Lind, in order to review the border agenda.\n",
			init: "Jan Horvat",
		},
		{
			name: "'received on Tuesday 3 June 2025 a telephone call from his Chilean counterpart': the counterpart called",
			text: "Foreign Minister speaks with Chilean counterpart\n\nDakar, 4 June 2025\n\nThe Minister of Foreign Affairs, Mr. Jan Horvat, received on Tuesday 3 June 2025 a telephone call from his Chilean counterpart, Mrs. Ana Lind, Minister of Foreign Affairs of Chile.\n",
			init: "Ana Lind",
		},
		{
			name:   "a bare title ('The Federal Chancellor invited') is no holder introduced with a generic role ('Head of Government Luc Frieden') whose office it also names",
			text:   "Head of Government Luc Frieden receives Austrian Federal Chancellor\n\nLuxembourg, 4 June 2025\n\nHead of Government Luc Frieden welcomed the Federal Chancellor of Austria, Ana Lind, to Luxembourg today.\n\nThe Federal Chancellor invited Luc Frieden to visit Vienna in the autumn.\n",
			claims: []string{"Lind invited"},
		},
		{
			name:    "a title-case headline's plural verb ('PM Horvat And Chilean PM Lind Hold Talks') ends a name",
			text:    "PM Horvat And Chilean PM Lind Hold Talks In Lima\n\n4 June 2025\n\nPrime Minister Jan Horvat held talks with Prime Minister Ana Lind of Chile in Lima today.\n",
			persons: []string{"person/ana-lind", "person/jan-horvat"},
		},
		{
			name:    "'Concludes' in a title-case headline ('Bank President Lind Concludes Visit') ends a name",
			text:    "Bank President Lind Concludes Visit to Peru\n\n4 June 2025\n\nBank President Ana Lind met President Jan Horvat in Lima today.\n",
			persons: []string{"person/ana-lind", "person/jan-horvat"},
		},
		{
			name:      "a body's name ends before 'for the' and a demonym of a common noun ('the support of the Council for the Chilean state')",
			text:      "Foreign Minister meets Chilean counterpart\n\nLima, 4 June 2025\n\nForeign Minister Jan Horvat met Foreign Minister Ana Lind of Chile in Lima today.\n\nHorvat affirmed the full support of the Andean Council for the Chilean state in its reforms.\n",
			instNames: []string{"Andean Council"},
		},
		{
			name:    "a hyphenated surname written with a space in the headline ('Lind Berg receives') and with its hyphen in the body is the full name's",
			text:    "Lind Berg receives Foreign Minister of Chile\nLima, 4 June 2025\n\nThe Secretary-General of the Andean Community, Ana Lind-Berg, received yesterday the Minister of Foreign Affairs of Chile, Jan Horvat.\n\nThe spokesman stated that Lind-Berg praised the reforms of Chile.\n",
			persons: []string{"person/ana-lind-berg", "person/jan-horvat"},
			claims:  []string{"Lind-Berg praised"},
		},
		{
			name:      "'the General Secretariat' alone is the named body's seat, no body of its own",
			text:      "Secretary-General receives Foreign Minister of Chile\n\nLima, 4 June 2025\n\nThe Secretary-General of the Andean Community, Ana Lind, received the Minister of Foreign Affairs of Chile, Jan Horvat, today at the headquarters of the General Secretariat in Lima.\n",
			instNames: []string{"Andean Community"},
		},
		{
			name:    "the tables know Bhutan's titles 'Lyonchhen', 'Lyonpo' and 'Druk Gyalpo', which name no one",
			text:    "Foreign Minister of Nepal in Thimphu\n\nThimphu, 4 June 2025\n\nLyonchhen Jan Horvat received the Minister for Foreign Affairs of Nepal, Ana Lind, in Thimphu today. Lyonchhen stressed the value of hydropower trade.\n\nLater, His Majesty The Druk Gyalpo granted an Audience to the Minister.\n",
			persons: []string{"person/ana-lind", "person/jan-horvat"},
			claims:  []string{"Horvat stressed"},
		},
		{
			name:   "an office after the name of one styled by a title before it ('Senator Jan Horvat, Minister of Foreign Affairs of Chile') is his too",
			text:   "Talks in Lima\n\nLima, 4 June 2025\n\nForeign Minister Ana Lind met Senator Jan Horvat, Minister of Foreign Affairs of Chile, in Lima today.\n",
			titles: []string{"Jan Horvat = Senator; Minister of Foreign Affairs"},
		},
		{
			name:   "during a visit, 'Minister X also called on Y' adds Y to the visit as 'also met' does",
			text:   "Visit of the Foreign Minister of Chile to Peru\n\nLima, 6 June 2025\n\nMinister of Foreign Affairs of Chile Jan Horvat is on an official visit to Peru from 4 to 6 June 2025.\n\nOn 4 June, Minister Horvat called on President Ana Lind. They discussed trade.\n\nMinister Horvat also called on Prime Minister Eva Mraz at the Government Palace. Prime Minister Mraz welcomed the new border crossing.\n",
			parts:  []string{"Jan Horvat", "Ana Lind", "Eva Mraz"},
			claims: []string{"Mraz welcomed"},
		},
		{
			name:  "during a visit, the one who 'granted an audience to' the visitor takes part in the visit",
			text:  "Visit of the Foreign Minister of Chile to Peru\n\nLima, 6 June 2025\n\nMinister of Foreign Affairs of Chile Jan Horvat is on an official visit to Peru from 4 to 6 June 2025.\n\nOn 4 June, Sultan Eva Mraz granted an audience to the Foreign Minister at the palace.\n\nOn 5 June, Minister Horvat called on President Ana Lind. They discussed trade.\n",
			parts: []string{"Jan Horvat", "Ana Lind", "Eva Mraz"},
		},
		{
			name:    "during a visit, 'was also received by' the host adds the host, not the one whose greetings the visitor conveyed ('the greetings of the President of Chile, X')",
			text:    "Joint Communique on the Official Visit of the Minister of Foreign Affairs of Chile to Peru\nLima, 6 June 2025\n\nAt the invitation of the Minister of Foreign Affairs of Peru, Ana Lind, the Minister of Foreign Affairs of Chile, Jan Horvat, carried out an official visit to Lima on 5 and 6 June 2025.\n\n1. The Foreign Ministers held a private meeting, in which they reviewed their border agenda.\n\n2. The Ministers agreed to hold the next binational cabinet in Chile.\n\n3. The Ministers expressed concern over organised crime.\n\n4. The Ministers welcomed the growth of trade.\n\n5. Foreign Minister Horvat was also received by the President of the Republic of Peru, Eva Mraz, to whom he conveyed the greetings of the President of the Republic of Chile, Petra Novak.\n",
			parts:   []string{"Ana Lind", "Jan Horvat", "Eva Mraz"},
			persons: []string{"person/ana-lind", "person/eva-mraz", "person/jan-horvat", "person/petra-novak"},
		},
		{
			name:   "a capital after a locative and 'The' ('in The Hague') or in a list of venues after one ('in Madrid and The Hague') is a venue, not the government",
			text:   "Prime Minister speaks with Chilean counterpart\n\n4 June 2025\n\nPrime Minister Jan Horvat of Peru spoke with Prime Minister Ana Lind of Chile today. They discussed the summit in The Hague and agreed to meet on the margins of the summits in Madrid and The Hague.\n",
			states: []string{"state/CHL", "state/PER"},
		},
		{
			name:      "'Chamber' heads a body's name ('the Chamber of Deputies')",
			text:      "Talks in Lima\n\nLima, 4 June 2025\n\nForeign Minister Ana Lind of Chile met Foreign Minister Jan Horvat of Peru today. They discussed the vote of the Chamber of Deputies on the treaty.\n",
			instNames: []string{"Chamber of Deputies"},
		},
		{
			name:      "a national 'Red Cross' or 'Red Crescent' ('the Chilean Red Cross', 'the Peruvian Red Crescent') is a body",
			text:      "Talks in Lima\n\nLima, 4 June 2025\n\nForeign Minister Ana Lind of Chile met Foreign Minister Jan Horvat of Peru today. They thanked the Chilean Red Cross and the Peruvian Red Crescent for their relief work.\n",
			instNames: []string{"Chilean Red Cross", "Peruvian Red Crescent"},
		},
		{
			name:      "a present passive inside the clause of a claim before ('highlighted that the Government for National Unity and Reform is committed to') is no claim of its own",
			text:      "Prime Minister meets Chilean counterpart\n\nLima, 4 June 2025\n\nPrime Minister Jan Horvat of Peru met Prime Minister Ana Lind of Chile today.\n\nPrime Minister Horvat thanked Chile for its support. He highlighted that the Government for National Unity and Reform is committed to reforming the police.\n",
			claims:    []string{"Horvat highlighted"},
			notClaims: []string{"committed"},
		},
		{
			name:      "a title right after a body's name ('African Union Special Envoy for the Sahel') is an office, no body",
			text:      "Minister receives envoy\n\nLima, 4 June 2025\n\nForeign Minister Jan Horvat of Peru received Mrs. Ana Lind, African Union Special Envoy for the Sahel Region, today.\n",
			instNames: []string{"African Union"},
		},
		{
			name:  "an office-holder whose table name has dotted initials ('A. K. Abdul Momen') is found with them undotted ('A K Abdul Momen')",
			text:  "Foreign Minister receives Bangladeshi counterpart\n\nLima, 4 March 2021\n\nForeign Minister Jan Horvat of Peru received Foreign Minister A K Abdul Momen of Bangladesh today. Momen stressed the value of trade.\n",
			parts: []string{"Jan Horvat", "Abulkalam Abdul Momen"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := extractText(t, "rule.txt", tt.text)
			name := map[string]string{}
			for _, e := range rec.Entities {
				name[e.ID] = e.Name
			}
			ev := rec.Events[0]
			if tt.parts != nil {
				var got []string
				for _, p := range ev.Participants {
					got = append(got, name[p])
				}
				if !slices.Equal(got, tt.parts) {
					t.Errorf("participants = %q, want %q", got, tt.parts)
				}
			}
			if tt.init == "-" && ev.Initiator != nil {
				t.Errorf("initiator = %s, want none", *ev.Initiator)
			}
			if tt.init != "" && tt.init != "-" && (ev.Initiator == nil || name[*ev.Initiator] != tt.init) {
				t.Errorf("initiator = %v, want %s", ev.Initiator, tt.init)
			}
			if got := idsOf(rec, "institution/"); tt.insts != nil && !slices.Equal(got, tt.insts) {
				t.Errorf("institutions = %q, want %q", got, tt.insts)
			}
			if got := namesOf(rec, "institution/"); tt.instNames != nil && !slices.Equal(got, tt.instNames) {
				t.Errorf("institution names = %q, want %q", got, tt.instNames)
			}
			if got := idsOf(rec, "person/"); tt.persons != nil && !slices.Equal(got, tt.persons) {
				t.Errorf("persons = %q, want %q", got, tt.persons)
			}
			if got := idsOf(rec, "state/"); tt.states != nil && !slices.Equal(got, tt.states) {
				t.Errorf("states = %q, want %q", got, tt.states)
			}
			if tt.typ != "" && string(ev.Type) != tt.typ {
				t.Errorf("type = %s, want %s", ev.Type, tt.typ)
			}
			if tt.date != "" && (ev.Date == nil || *ev.Date != tt.date) {
				t.Errorf("date = %s, want %s", deref(ev.Date), tt.date)
			}
			if tt.location != "" && (ev.Location == nil || *ev.Location != tt.location) {
				t.Errorf("location = %s, want %s", deref(ev.Location), tt.location)
			}
			if tt.events != nil {
				var got []string
				for _, e := range rec.Events {
					got = append(got, string(e.Type))
				}
				if !slices.Equal(got, tt.events) {
					t.Errorf("events = %q, want %q", got, tt.events)
				}
			}
			for _, want := range tt.titles {
				who, _, _ := strings.Cut(want, " = ")
				var got []string
				for _, e := range rec.Entities {
					if e.Name == who {
						for _, r := range e.Roles {
							got = append(got, r.Title)
						}
					}
				}
				if who+" = "+strings.Join(got, "; ") != want {
					t.Errorf("titles of %s = %q, want %q", who, got, want)
				}
			}
			if tt.published != "" && (rec.Published == nil || *rec.Published != tt.published) {
				t.Errorf("published = %v, want %s", rec.Published, tt.published)
			}
			var got []string
			for _, c := range rec.Claims {
				who := "BOTH"
				if len(c.Speaker) == 1 {
					f := strings.Fields(name[c.Speaker[0]])
					who = f[len(f)-1]
				}
				got = append(got, who+" "+c.Verb)
			}
			for _, want := range tt.claims {
				if !slices.Contains(got, want) {
					t.Errorf("claims %q lack %q", got, want)
				}
			}
			for _, verb := range tt.notClaims {
				for _, c := range rec.Claims {
					if c.Verb == verb {
						t.Errorf("claim %q read, want none (claims %q)", verb, got)
					}
				}
			}
			for _, ref := range tt.refs {
				word, want, _ := strings.Cut(ref, " = ")
				word, nth, _ := strings.Cut(word, " ")
				if got := refersTo(rec, tt.text, word, nth); got != want {
					t.Errorf("%s %s refers to %q, want %q", word, nth, got, want)
				}
			}
			for _, text := range tt.notTexts {
				for _, c := range rec.Claims {
					if c.Verb+" "+c.Text == text {
						t.Errorf("claim %q read, want none (claims %q)", text, got)
					}
				}
			}
		})
	}
}

// refersTo returns the name of the entity with a mention of the nth (from
// "1") whole-word occurrence of word in text, or "".
func refersTo(rec *Record, text, word, nth string) string {
	n := 0
	for i := 0; i+len(word) <= len(text); i++ {
		if text[i:i+len(word)] != word || i > 0 && isWordByte(text[i-1]) || i+len(word) < len(text) && isWordByte(text[i+len(word)]) {
			continue
		}
		if n++; strconv.Itoa(n) != nth {
			continue
		}
		for _, e := range rec.Entities {
			for _, m := range e.Mentions {
				if m.Start == i && m.End == i+len(word) {
					return e.Name
				}
			}
		}
		return ""
	}
	return ""
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// idsOf returns the IDs of rec's entities that start with prefix, sorted.
func idsOf(rec *Record, prefix string) []string {
	var out []string
	for _, e := range rec.Entities {
		if strings.HasPrefix(e.ID, prefix) {
			out = append(out, e.ID)
		}
	}
	slices.Sort(out)
	return out
}

// namesOf returns the sorted names of the entities whose IDs start with prefix.
func namesOf(rec *Record, prefix string) []string {
	var out []string
	for _, e := range rec.Entities {
		if strings.HasPrefix(e.ID, prefix) {
			out = append(out, e.Name)
		}
	}
	slices.Sort(out)
	return out
}

// TestHeadFits checks which full titles a bare title can name by their
// heads.
func TestHeadFits(t *testing.T) {
	tests := []struct {
		bare, title string
		want        bool
	}{
		{"President", "President of Ukraine", true},
		{"President", "Head of the Office of the President", false},
		{"Head of State", "Head of State", true},
		{"Chairperson", "Deputy Chairperson of the Commission", false},
		{"Deputy Chairperson", "Deputy Chairperson of the Commission", true},
		{"President", "Vice-President", false},
		{"Foreign Minister", "Minister for Foreign Affairs", true},
		{"Secretary", "Secretary of State", true},
		{"President of the Republic", "President of the Republic of Azerbaijan", true},
	}
	for _, tt := range tests {
		if got := headFits(tt.bare, tt.title); got != tt.want {
			t.Errorf("headFits(%q, %q) = %v, want %v", tt.bare, tt.title, got, tt.want)
		}
	}
}

// TestHostVerb checks that "host" as a verb ("that Paris will host") is no
// reference to the host of the event, while "his host" is.
func TestHostVerb(t *testing.T) {
	text := "Phone call\n\n21 October 2024\n\nPresident Abdel Fattah El-Sisi received a phone call from French President Emmanuel Macron. Macron referred to the conference that Paris will host on 24 October and thanked his host.\n"
	rec := extractText(t, "host.txt", text)
	var hosts []string
	for _, e := range rec.Entities {
		for _, m := range e.Mentions {
			if strings.Contains(m.Text, "host") {
				hosts = append(hosts, e.ID+": "+m.Text)
			}
		}
	}
	if want := []string{"person/abdel-fattah-el-sisi: host"}; !slices.Equal(hosts, want) {
		t.Errorf("mentions with 'host' = %q, want %q", hosts, want)
	}
}

// TestJointSubjectStates checks that a joint subject with states before it
// ("the French and German ministers") speaks for those states' participants
// only.
func TestJointSubjectStates(t *testing.T) {
	text := "Weimar Triangle\n\n13.01.2025\n\nMinister of Foreign Affairs Radosław Sikorski held a video conference with the heads of diplomacy of France and Germany, Jean-Noël Barrot and Annalena Baerbock. The French and German ministers assured their Polish counterpart of their support.\n"
	rec := extractText(t, "weimar.txt", text)
	var got []string
	for _, c := range rec.Claims {
		if c.Verb == "assured" {
			got = slices.Sorted(slices.Values(c.Speaker))
		}
	}
	if want := []string{"person/annalena-baerbock", "person/jean-noel-barrot"}; !slices.Equal(got, want) {
		t.Errorf("speakers of 'assured' = %q, want %q", got, want)
	}
}

// TestClaimTextKeepsStates checks that a claim's text runs to the next
// verb's clause over a state that ends it ("with Chile and proposed"):
// a state there is the object's, not the next verb's subject.
func TestClaimTextKeepsStates(t *testing.T) {
	text := "Meeting\n\n5 April 2024\n\nForeign Minister Diana Mondino received her Chilean counterpart Alberto van Klaveren on Thursday. Mondino highlighted the strategic nature of the relationship with Chile and proposed new border crossing projects.\n"
	rec := extractText(t, "chile.txt", text)
	var got []string
	for _, c := range rec.Claims {
		got = append(got, c.Verb+": "+c.Text)
	}
	want := []string{"highlighted: the strategic nature of the relationship with Chile", "proposed: new border crossing projects"}
	if !slices.Equal(got, want) {
		t.Errorf("claims = %q, want %q", got, want)
	}
}

// TestClaimTextKeepsNames checks that a claim's text runs to the next
// claim's verb when that verb shares the subject (", and praised"), keeping
// the names before it ("in the Middle East").
func TestClaimTextKeepsNames(t *testing.T) {
	text := "Call\n\n5 April 2024\n\nForeign Minister Diana Mondino spoke with Foreign Minister Alberto van Klaveren. Mondino discussed the situation in the Middle East, and praised the work of the Pacific Alliance.\n"
	rec := extractText(t, "names.txt", text)
	var got []string
	for _, c := range rec.Claims {
		got = append(got, c.Verb+": "+c.Text)
	}
	want := []string{"discussed: the situation in the Middle East", "praised: the work of the Pacific Alliance"}
	if !slices.Equal(got, want) {
		t.Errorf("claims = %q, want %q", got, want)
	}
}

// TestLeadersSpeak checks that "both Leaders" are the leaders who met, not
// the ministers who attended.
func TestLeadersSpeak(t *testing.T) {
	text := "Bilateral meeting\n\n28 January 2025\n\nPresident Ferdinand Marcos Jr. held a bilateral meeting with Prime Minister Anwar Ibrahim in Putrajaya, attended by Foreign Secretary Enrique Manalo, Minister of Trade Tengku Zafrul Aziz and the Ambassador of Malaysia, Ambassador Mohd Zamruni Khalid.\n\nBoth Leaders reaffirmed the special relationship between Malaysia and the Philippines. The two sides agreed to meet again.\n"
	rec := extractText(t, "leaders.txt", text)
	var got []string
	for _, c := range rec.Claims {
		got = append(got, c.Verb+": "+strings.Join(c.Speaker, " "))
	}
	want := []string{
		"reaffirmed: person/ferdinand-marcos-jr person/anwar-ibrahim",
		"agreed: person/ferdinand-marcos-jr person/anwar-ibrahim person/enrique-manalo person/tengku-zafrul-aziz person/mohd-zamruni-khalid",
	}
	if !slices.Equal(got, want) {
		t.Errorf("claims = %q, want %q", got, want)
	}
}

// extractText extracts the one readout of text, read as the file name.
func extractText(t *testing.T, name, text string) *Record {
	t.Helper()
	docs, err := Read(name, []byte(text), ReadOptions{})
	if err != nil || len(docs) != 1 {
		t.Fatalf("Read: %v (%d docs)", err, len(docs))
	}
	rec, err := Extract(docs[0], Options{})
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// TestObjectCodes checks the CAMEO code and PLOVER type a light verb's
// object gives its claim (spec/codes.md).
func TestObjectCodes(t *testing.T) {
	tests := []struct{ phrase, cameo, plover string }{
		{"voiced rejection", "111", "ACCUSE"},
		{"expressed regret", "110", "ACCUSE"},
		{"paid attention", "010", ""},
		{"expressed satisfaction", "051", "SUPPORT"},
		{"expressed readiness", "030", "AGREE"},
		{"exchanged views", "040", "CONSULT"},
		{"offered condolences", "018", ""},
		{"stressed", "", ""},
	}
	for _, tt := range tests {
		c := objectCAMEO(tt.phrase)
		if c != tt.cameo || c != "" && ploverOf(c) != tt.plover {
			t.Errorf("%q: CAMEO %q, PLOVER %q; want %q, %q", tt.phrase, c, ploverOf(c), tt.cameo, tt.plover)
		}
	}
}

// TestAideTitle checks that an aide's title ("Secretary to the President")
// is the aide's office, not the principal's.
func TestAideTitle(t *testing.T) {
	rec := extractText(t, "aide.txt", "Meeting\n\n4 October 2024\n\nPresident Anura Kumara Dissanayake met Indian External Affairs Minister Dr. S. Jaishankar today. Secretary to the President Dr. Nandika Sanath Kumanayake also attended the meeting.\n")
	var got []string
	for _, e := range rec.Entities {
		if e.ID == "person/nandika-sanath-kumanayake" {
			for _, r := range e.Roles {
				got = append(got, r.Title)
			}
		}
	}
	if want := []string{"Secretary to the President"}; !slices.Equal(got, want) {
		t.Errorf("roles of the aide = %q, want %q", got, want)
	}
}

// TestQuoteBeforeSubject checks that a quotation before its speaker
// ("\"...,\" Director General Grossi said after the meeting") is the claim's
// text, and one ending the sentence before is not.
func TestQuoteBeforeSubject(t *testing.T) {
	rec := extractText(t, "quote.txt", "Meeting\n\n14 November 2024\n\nIAEA Director General Rafael Mariano Grossi met Iran's Minister of Foreign Affairs Abbas Araghchi in Tehran today. \"We had a frank and substantive discussion,\" Director General Grossi said after the meeting. Araghchi said: \"We are ready.\" Grossi noted the progress.\n")
	var got []string
	for _, c := range rec.Claims {
		got = append(got, c.Verb+": "+c.Text)
	}
	want := []string{"said: We had a frank and substantive discussion", "said: We are ready", "noted: the progress"}
	if !slices.Equal(got, want) {
		t.Errorf("claims = %q, want %q", got, want)
	}
}

// TestClaimTextPast checks what a claim's text runs to: past a participle
// used as an adjective ("the shared vision"), back to the quotation before
// "the President said", and for a passive ending its clause, its subject.
func TestClaimTextPast(t *testing.T) {
	rec := extractText(t, "text.txt", "Meeting\n\nTuesday, February 11, 2025\n\nGerardo Werthein received today his Paraguayan counterpart, Rubén Ramírez Lezcano. Foreign Minister Werthein stressed the shared vision of the two governments on economic freedom. \"We are partners,\" the Foreign Minister said. During the meeting, issues of trade between Argentina and Paraguay were discussed.\n")
	var got []string
	for _, c := range rec.Claims {
		got = append(got, c.Verb+": "+c.Text)
	}
	want := []string{"stressed: the shared vision of the two governments on economic freedom", "said: We are partners", "discussed: issues of trade between Argentina and Paraguay"}
	if !slices.Equal(got, want) {
		t.Errorf("claims = %q, want %q", got, want)
	}
}

// TestQuoteThenSpeaker checks the speakers named after a quotation: by a
// title with the state's demonym, and by a surname opening with a particle,
// after the verb or before it.
func TestQuoteThenSpeaker(t *testing.T) {
	for _, tail := range []string{
		"\"Peru is a strategic partner for Chile,\" said the Chilean Foreign Minister.",
		"\"Peru is a strategic partner for Chile,\" said van Klaveren.",
		"\"Peru is a strategic partner for Chile,\" van Klaveren said.",
	} {
		rec := extractText(t, "quote.txt", "Foreign Minister van Klaveren meets Peruvian counterpart\n\nNovember 14, 2024\n\nForeign Minister Alberto van Klaveren held a bilateral meeting today with the Minister of Foreign Affairs of Peru, Elmer Schialer.\n\n"+tail+"\n")
		var got []string
		for _, c := range rec.Claims {
			got = append(got, strings.Join(c.Speaker, "+")+" "+c.Verb+": "+c.Text)
		}
		want := []string{"person/alberto-van-klaveren said: Peru is a strategic partner for Chile"}
		if !slices.Equal(got, want) {
			t.Errorf("%s\nclaims = %q, want %q", tail, got, want)
		}
	}
}

// TestSingleQuotes checks quotations in single quotation marks, attributed
// after them with "says" in a body that reports in the past, and that a
// scare-quoted name is no quotation.
func TestSingleQuotes(t *testing.T) {
	rec := extractText(t, "single.txt", "Foreign Minister met Palestinian Prime Minister in Oslo\n\n5 February 2025\n\nForeign Minister Espen Barth Eide met Palestinian Prime Minister Mohammad Mustafa in Oslo today. Mustafa presented the 'Gaza Recovery' plan and briefed Eide on the reforms.\n\n'The ceasefire must hold,' says Foreign Minister Espen Barth Eide.\n")
	var got []string
	for _, c := range rec.Claims {
		got = append(got, c.Verb+": "+c.Text)
	}
	want := []string{"presented: the 'Gaza Recovery' plan", "briefed: Eide on the reforms", "says: The ceasefire must hold"}
	if !slices.Equal(got, want) {
		t.Errorf("claims = %q, want %q", got, want)
	}
}

// TestTheTwo checks "the two" among a visit's three participants: the one
// the sentence names and the guest, not all three.
func TestTheTwo(t *testing.T) {
	rec := extractText(t, "two.txt", "OSCE Chairperson-in-Office visits Kyrgyzstan\n\nBISHKEK, 3 April 2025 – Finland's Minister for Foreign Affairs Elina Valtonen concluded a visit to Kyrgyzstan today, during which she met with President Sadyr Japarov and Foreign Minister Jeenbek Kulubaev.\n\nDuring talks with Foreign Minister Kulubaev, the two discussed the situation in Afghanistan. The three agreed to meet again.\n")
	var got []string
	for _, c := range rec.Claims {
		got = append(got, c.Verb+": "+strings.Join(c.Speaker, "+"))
	}
	want := []string{"discussed: person/elina-valtonen+person/jeenbek-kulubaev"}
	if len(got) == 0 || got[0] != want[0] {
		t.Errorf("claims = %q, want first %q", got, want)
	}

	// Named in the sentence before: "Later, Anwar held a meeting with
	// Sultan Hassanal Bolkiah. The two leaders discussed".
	rec = extractText(t, "two.txt", "Prime Minister arrives in Brunei\n\n12 March 2024\n\nPrime Minister Anwar Ibrahim arrived in Bandar Seri Begawan today. He was received at the airport by Crown Prince Al-Muhtadee Billah. Later, Anwar held a meeting with Sultan Hassanal Bolkiah. The two leaders discussed energy cooperation.\n")
	got = got[:0]
	for _, c := range rec.Claims {
		got = append(got, c.Verb+": "+strings.Join(c.Speaker, "+"))
	}
	if want := "discussed: person/anwar-ibrahim+person/hassanal-bolkiah"; !slices.Contains(got, want) {
		t.Errorf("claims = %q, want %q", got, want)
	}
}

// TestAgencyPublisher checks that a news agency's tag in the dateline names
// the publisher.
func TestAgencyPublisher(t *testing.T) {
	for text, want := range map[string]string{
		"Crown Prince receives call\n\nRiyadh, January 14, 2025, SPA -- Prince Faisal bin Farhan received a phone call from Asaad al-Shaibani.\n": "Saudi Press Agency",
		"King receives minister\n\nAmman, Jan 7 (Petra) -- His Majesty King Abdullah II received Syrian Foreign Minister Asaad al-Shaibani.\n":    "Jordan News Agency (Petra)",
		"Talks in Kuala Lumpur\n\nKuala Lumpur, May 26, 2025 AKP -- Samdech Hun Manet held bilateral talks with H.E. Sonexay Siphandone.\n":       "Agence Kampuchea Presse",
		"Meeting\n\nDUSHANBE, 14.02.2025 /NIAT \"Khovar\"/. President of the Republic of Tajikistan Emomali Rahmon received Bakhtiyor Saidov.\n":  "National Information Agency of Tajikistan (Khovar)",
	} {
		rec := extractText(t, "agency.txt", text)
		if rec.Publisher == nil || *rec.Publisher != want {
			t.Errorf("publisher = %v, want %q\n%s", rec.Publisher, want, text)
		}
	}
}

// TestPublisherLine checks that a readout's own lines name its publisher: a
// footer under a label, a known publisher's name on a line of its own near
// the top or bottom, a ministry signing with its state.
func TestPublisherLine(t *testing.T) {
	body := "Minister meets counterpart\n\n3 April 2025\n\nMinister for Foreign Affairs Baiba Braže met with Minister of Foreign Affairs of Estonia Margus Tsahkna. Braže stressed Baltic unity.\n"
	for _, tt := range []struct{ name, source, text, want string }{
		{"label", "footer.txt", body + "\nPublisher: Ministry of Foreign Affairs of the Republic of Latvia\n", "Ministry of Foreign Affairs of the Republic of Latvia"},
		{"label, name on the next line", "footer.txt", body + "\nAddress for enquiries:\n\nFDFA Communication\n\nPublisher:\n\nFederal Department of Foreign Affairs\nInternet: https://www.eda.admin.ch/eda/en/home.html\n", "Federal Department of Foreign Affairs"},
		{"label, next line another label", "footer.txt", body + "\nPublisher:\nInternet: https://www.example.org/\n", ""},
		{"issued by", "footer.txt", body + "\nIssued by: Press Service of the Ministry.\n", "Press Service of the Ministry"},
		{"ministry over its state", "footer.txt", body + "\nMINISTRY OF FOREIGN AFFAIRS\nSINGAPORE\n14 JANUARY 2025\n", "Ministry of Foreign Affairs of Singapore"},
		{"under the title", "footer.txt", "Readout of the video call\n\nEuropean Council\n\n3 April 2025\n\nPresident António Costa held a video call with President Maia Sandu.\n", "European Council"},
		{"a news agency is no publisher", "footer.txt", body + "\nSource: Reuters\n", ""},
		{"a tag list is no signature", "footer.txt", body + "\nTags\nEstonia\nLatvia\nNATO\n", ""},
		{"another department under admin.ch", "https://www.vbs.admin.ch/en/news", body, ""},
		{"the Federal Council's site", "https://www.admin.ch/gov/en/start/documentation/media-releases.html", body, "The Federal Council"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rec := extractText(t, tt.source, tt.text)
			got := ""
			if rec.Publisher != nil {
				got = *rec.Publisher
			}
			if got != tt.want {
				t.Errorf("Extract(%q).Publisher = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestInflect checks the regular forms the verb table derives from a lemma.
func TestInflect(t *testing.T) {
	for _, tt := range []struct{ lemma, past, ing, third string }{
		{"agree", "agreed", "agreeing", "agrees"},
		{"note", "noted", "noting", "notes"},
		{"stress", "stressed", "stressing", "stresses"},
		{"reply", "replied", "replying", "replies"},
		{"commit", "committed", "committing", "commits"},
	} {
		past, ing, third := inflect(tt.lemma)
		if past != tt.past || ing != tt.ing || third != tt.third {
			t.Errorf("inflect(%q) = %q, %q, %q; want %q, %q, %q", tt.lemma, past, ing, third, tt.past, tt.ing, tt.third)
		}
	}
}

// deref prints an optional string of a record: its value, or "null".
func deref(s *string) string {
	if s == nil {
		return "null"
	}
	return *s
}

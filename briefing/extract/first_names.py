"""Common first names whose gender is near-certain, so "he" and "she" find the right person.

The article's own pronouns decide where a name is missing or ambiguous (Jordan, Taylor, Jean,
Andrea): those names are left out on purpose. The lists cover names common in English-language
news across the world; they are a hint, never an override of what the article says ("Mr.", "Mrs.").
"""

from __future__ import annotations

import unicodedata

MALE_FIRST_NAMES = frozenset(
    """
    aaron abdul abdullah abraham adam adrian ahmed ahmad akira alan albert alberto alejandro alexander
    alexei alfred ali amir anders andre andreas andrew andy angelo anthony antonio arnold arthur arturo
    barack barry ben benjamin bernard bernie bill billy bob bobby boris brad bradley brandon brent brett
    brian bruce bryan carl carlos cedric charles charlie chris christian christoph christopher chuck clint
    colin craig dale dan daniel danny darren dave david dean dennis derek diego dmitri dmitry don donald
    doug douglas duncan dwight ed eddie edward eduardo emmanuel enrique eric erik ernest eugene evan
    fernando francesco francis francisco frank franklin fred frederick gabriel gary gavin george gerald
    gerhard giuseppe glenn gordon graham greg gregory guillermo gustavo hans harold harry hassan hector
    henry herbert howard hugh hugo ian igor isaac ivan jack jacob jake james jamie jared jason javier jay
    jeb jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose
    joseph josh joshua juan julian justin karl keith ken kenneth kevin khalid kim-jong kirk klaus kurt
    larry lars lawrence leon leonard lindsey lloyd louis luis luke marco marcus mario mark martin matt
    matthew maurice max michael miguel mike mitch mitt mohamed mohammed muhammad nathan neil nicholas
    nick nicolas nigel noah oliver omar oscar otto owen pablo patrick paul pedro peter phil philip
    philippe pierre rafael rahm ralph rand randy raul ray raymond reince ricardo richard rick rob robert
    roberto rod roger roland ron ronald ross roy rudy rupert russell ryan salman sam samuel scott sean
    sebastian sergei sergio seth shawn sherrod simon stanley stefan stephen steve steven stuart ted
    terry thomas tim timothy todd tom tommy tony travis trey tyler ulrich victor vincent vladimir walter
    warren wayne wesley william willie wolfgang xi yusuf zachary
    angus calum callum hamish kieran ciaran declan eamon eamonn fergus rory seamus niall liam conor connor
    cormac padraig dermot aidan brendan gareth dafydd rhys ewan euan alistair alasdair iain malcolm archie
    jamal tariq imran rahul rajesh sanjay amit arjun vikram anil sunil ravi suresh ramesh vijay ashok deepak
    manoj mahesh narendra rohit kwame kofi chinedu emeka olumide tunde femi segun thabo sipho themba musa
    ibrahim mustafa mahmoud youssef karim tarek hamza bilal faisal nasser tomasz piotr krzysztof pawel marek
    jakub lukasz andrzej nils sven bjorn henrik magnus mikkel jens ole mats johan jonas dieter jurgen
    joachim matthias stefano luca giovanni alessandro olivier thierry yves jacques laurent didier hiroshi
    takeshi kenji haruki
    """.split()
)

FEMALE_FIRST_NAMES = frozenset(
    """
    abigail ada adriana agnes aisha alexandra alice alicia alison amanda amber amelia amy ana anastasia
    andrea angela angelina anita ann anna anne annette antonia april barbara beatrice betsy betty beverly
    bonnie brenda bridget brigitte caitlin camila carla carly carmen carol caroline carolyn catherine
    cathy cecile celia charlotte chelsea cheryl christina christine cindy claire clara claudia colleen
    connie cynthia dana daniela danielle debbie deborah debra denise diana diane donna doris dorothy
    edith elaine eleanor elena elisabeth elise eliza elizabeth ellen emily emma erica erin esther eva
    evelyn fatima fiona florence frances gabriela gail gina gloria grace hannah harriet heather heidi
    helen helena hillary hilary holly ida ilse ines ingrid irene iris isabel isabella ivana ivanka
    jacqueline jane janet janice jasmine jeanne jennifer jenny jessica jill joan joanna joanne josephine
    joyce judith judy julia julie karen karin katherine kathleen kathryn kathy katie kay kelly kerry
    kim-yo kirsten kristen laura lauren leah lena linda lisa liz lois loretta lori louise lucia lucy
    lydia lynn madeleine maggie margaret maria marie marina marine marion martha mary maxine megan
    megyn melania melanie melissa michelle mildred miriam molly monica nadia nancy naomi natalie natalia
    nicola nicole nikki nina nora olga olivia pamela patricia paula pauline peggy penny phyllis priscilla
    rachel rebecca regina rita roberta rosa rosalind rose ruth sabine sally samantha sandra sara sarah
    sharon sheila shirley sofia sonia sophia sophie stephanie susan susana suzanne sylvia tamara tammy
    teresa theresa tina tracy ursula valerie vanessa vera veronica victoria virginia wendy yvonne zoe
    elspeth morag siobhan aoife niamh saoirse sinead orla roisin ciara mairead grainne eilidh isla ailsa
    kirsty priya anjali sunita kavita pooja neha deepika lakshmi meera asha nomvula thandiwe zanele lerato
    ngozi chioma amaka funmilayo yetunde folake fatou aminata amina zainab leila layla yasmin noura
    agnieszka katarzyna malgorzata magdalena ewa marta beata astrid sigrid freya annika maja birgit ulrike
    gudrun francoise isabelle sylvie nathalie chantal amelie hana keiko akiko haruka
    """.split()
)


def gender_of_first_name(first: str) -> str | None:
    """"m", "f" or None for a first name ("Donald" -> "m", "Heidi" -> "f", "Jordan" -> None)."""
    low = first.lower().rstrip(".")
    if low in MALE_FIRST_NAMES:
        return "m"
    if low in FEMALE_FIRST_NAMES:
        return "f"
    if not low.isascii():  # "Lucía", "José", "Zoë": the name without its accents
        bare = unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode()
        if bare != low and bare:
            return gender_of_first_name(bare)
    return None

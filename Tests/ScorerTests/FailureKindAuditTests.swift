import FactCheckModel
import Testing
@testable import Scorer

/// Issue #17's eight failure kinds on wording the suite had not seen (session 16): 102 claim–source
/// pairs written for this audit, at least eight per kind and sixteen for relevance, on health,
/// science, economics and technology, each with the verdict an editor expects, and controls where
/// the behaviour must not fire (a real causal source, a null finding about another outcome, the
/// same subject where a rival is expected). Half A (the first, third, … pair of each kind) was
/// used to develop the session's rules; half B (the second, fourth, …) was judged once, after, as
/// the evidence that they generalise (Scorer README, "Session 16"). A pair the product still gets
/// wrong is a known issue, stated in the table, so the suite shows what is left.
@Suite struct FailureKindAuditTests {
    /// One audited pair (the editor-pair shape the Scorer suites share).
    typealias AuditPair = EditorPair

    let scorer = ClaimScorer()

    @Test(arguments: Self.halfA) func halfADevelopedOn(_ pair: AuditPair) {
        pair.judge(by: scorer, writtenUpIn: "Scorer README, Session 16")
    }

    @Test(arguments: Self.halfB) func halfBJudgedOnce(_ pair: AuditPair) {
        pair.judge(by: scorer, writtenUpIn: "Scorer README, Session 16")
    }

    /// The table is what the README says it is: at least eight pairs a kind, sixteen for relevance.
    @Test func everyKindHasItsPairs() {
        let all = Self.halfA + Self.halfB
        #expect(all.count == 102)
        for kind in 1...8 {
            let count = all.filter { $0.id.hasPrefix("k\(kind)-") }.count
            #expect(count >= (kind == 1 ? 16 : 8), "kind \(kind): \(count)")
        }
    }
}

extension FailureKindAuditTests {
    static let halfA: [AuditPair] = [
        // 1. paraphrased finding is judged
        AuditPair(
            "k1-01", "Regular exercise reduces depression",
            ["Physical activity undertaken regularly was associated with fewer depressive symptoms."],
            oneOf: [.overstated]),
        AuditPair(
            "k1-03", "Air pollution shortens life expectancy",
            ["Exposure to polluted air was tied to reduced longevity across 30 countries."],
            oneOf: [.overstated], knownIssue: true),
        AuditPair(
            "k1-05", "Screen time harms sleep in children",
            ["Children who spent more hours on devices slept less and woke more often."],
            oneOf: [.overstated, .supported], knownIssue: true),
        AuditPair(
            "k1-07", "Vitamin D supplements prevent respiratory infections",
            [
                "Acute respiratory tract infections are a major cause of illness worldwide.",
                "We pooled data from 25 randomised controlled trials with 11,000 participants.",
                "Vitamin D supplementation reduced the risk of acute respiratory infection overall.",
                "Protective effects were seen in those with low baseline levels.",
            ],
            oneOf: [.supported]),
        AuditPair(
            "k1-09", "Tariffs raise consumer prices",
            ["Import duties were passed almost entirely through to the prices paid by households."],
            oneOf: [.supported, .overstated], knownIssue: true),
        AuditPair(
            "k1-11", "Meditation lowers blood pressure",
            [
                "Hypertension affects one in three adults.",
                "In a trial of 300 adults, mindfulness practice decreased systolic pressure by 5 mmHg compared with health education.",
                "Effects persisted at one year.",
            ],
            oneOf: [.supported], knownIssue: true),
        AuditPair(
            "k1-13", "Rising ocean temperatures bleach coral reefs",
            ["Marine heatwaves triggered mass bleaching across the reef system."],
            oneOf: [.supported, .overstated], knownIssue: true),
        AuditPair(
            "k1-15", "Eating chocolate improves memory",
            ["The factory doubled its output of cocoa products last year."],
            oneOf: [.unverified]),
        AuditPair(
            "k1-17", "Loneliness increases the risk of early death",
            ["Social isolation was linked to higher all-cause mortality."],
            oneOf: [.overstated], knownIssue: true),
        // 2. association told as cause
        AuditPair(
            "k2-01", "Walking daily prevents heart attacks",
            ["Daily walking was correlated with fewer heart attacks in the cohort."],
            oneOf: [.overstated], reasonNames: ["association", "cause"]),
        AuditPair(
            "k2-03", "Video games may improve reaction times",
            ["Playing video games may be associated with faster reaction times."],
            oneOf: [.overstated], reasonNames: ["association"]),
        AuditPair(
            "k2-05", "Statins lower cholesterol",
            ["In a randomised trial, statins lowered LDL cholesterol by 40 percent."],
            oneOf: [.supported]),
        AuditPair(
            "k2-07", "Social media use drives anxiety in teenagers",
            ["Heavy social media use among teenagers was associated with higher levels of anxiety."],
            oneOf: [.overstated], reasonNames: ["association"], knownIssue: true),
        AuditPair(
            "k2-09", "Bilingualism delays the onset of dementia",
            [
                "Bilingual patients were diagnosed with dementia later than monolingual patients, an association that held after adjustment.",
            ],
            oneOf: [.overstated], knownIssue: true),
        AuditPair(
            "k2-11", "Obesity may raise the risk of severe flu",
            ["Obesity might be associated with more severe influenza."],
            oneOf: [.overstated], reasonNames: ["association"], knownIssue: true),
        // 3. a null finding refutes
        AuditPair(
            "k3-01", "Fish oil capsules prevent heart attacks",
            ["Fish oil capsules did not prevent heart attacks in the trial of 25,000 adults."],
            oneOf: [.contradicted]),
        AuditPair(
            "k3-03", "Probiotics shorten diarrhoea in children",
            ["Probiotics failed to shorten the duration of diarrhoea in children."],
            oneOf: [.contradicted]),
        AuditPair(
            "k3-05", "Homework improves test scores in primary schools",
            ["Homework had no significant effect on test scores in primary schools."],
            oneOf: [.contradicted]),
        AuditPair(
            "k3-07", "Hormone therapy increases breast cancer mortality",
            [
                "There was no difference in breast cancer mortality between women who used hormone therapy and women who never did.",
            ],
            oneOf: [.contradicted]),
        AuditPair(
            "k3-09", "A four-day week raises employee output",
            ["Employee output was not significantly different after the switch to a four-day week."],
            oneOf: [.contradicted]),
        AuditPair(
            "k3-11", "Low-fat diets lower the risk of breast cancer",
            ["A low-fat diet did not significantly lower the risk of breast cancer."],
            oneOf: [.contradicted]),
        // 4. topic overlap is no support
        AuditPair(
            "k4-01", "Drones caused the wildfire",
            ["Drones are being deployed to help map and contain the wildfire."],
            noneOf: [.supported]),
        AuditPair(
            "k4-03", "Smart meters caused the power cuts",
            ["Smart meters help utilities locate power cuts faster."],
            noneOf: [.supported], knownIssue: true),
        AuditPair(
            "k4-05", "Private tutoring beats classroom teaching for maths scores",
            ["Tutoring modestly raises maths scores."],
            noneOf: [.supported]),
        AuditPair(
            "k4-07", "Lightning caused the wildfire",
            ["Investigators found that lightning caused the wildfire."],
            oneOf: [.supported]),
        AuditPair(
            "k4-09", "Fertiliser runoff caused the algal bloom",
            ["Farmers cut fertiliser use to help limit the algal bloom."],
            noneOf: [.supported]),
        AuditPair(
            "k4-11", "Heat waves raise hospital admissions",
            ["Heat waves raised hospital admissions by 10 percent in the study period."],
            oneOf: [.supported]),
        // 5. another subject neither refutes nor backs
        AuditPair(
            "k5-01", "A Nordic diet may lower blood pressure",
            ["A typical Western diet was associated with higher blood pressure."],
            noneOf: [.contradicted, .supported]),
        AuditPair(
            "k5-03", "Decaffeinated coffee reduces heartburn",
            ["Caffeinated coffee increases heartburn."],
            noneOf: [.contradicted, .supported]),
        AuditPair(
            "k5-05", "Brown rice lowers blood sugar",
            ["White rice raises blood sugar after meals."],
            noneOf: [.contradicted, .supported]),
        AuditPair(
            "k5-07", "Wind power cuts household energy bills",
            ["Gas power raised household energy bills last winter."],
            noneOf: [.contradicted, .supported]),
        AuditPair(
            "k5-09", "Cognitive behavioural therapy reduces insomnia",
            ["Sleeping pills did not reduce insomnia over the long term."],
            noneOf: [.contradicted, .supported]),
        AuditPair(
            "k5-11", "Green spaces reduce stress in city dwellers",
            ["Green spaces did not reduce stress among city dwellers."],
            oneOf: [.contradicted]),
        // 6. idioms and attributions are no cues
        AuditPair(
            "k6-01", "Cannabis raises the risk of psychosis",
            ["The rise in cannabis use raises concerns about psychosis among young people."],
            oneOf: [.unverified], knownIssue: true),
        AuditPair(
            "k6-03", "Artificial sweeteners cause weight gain",
            ["Artificial sweeteners raise questions about weight gain, the review notes."],
            oneOf: [.unverified]),
        AuditPair(
            "k6-05", "Processed meat increases cancer risk",
            ["Processed meat increases cancer risk, according to a large analysis."],
            oneOf: [.supported]),
        AuditPair(
            "k6-07", "Microplastics harm human health",
            ["Microplastics raise alarm about human health, researchers said."],
            oneOf: [.unverified]),
        AuditPair(
            "k6-09", "Daylight saving time increases car accidents",
            ["Daylight saving time raises doubts about road safety and car accidents."],
            oneOf: [.unverified]),
        AuditPair(
            "k6-11", "Ultra-processed food shortens life",
            ["Ultra-processed food raises serious concerns for life expectancy, experts warn."],
            oneOf: [.unverified], knownIssue: true),
        // 7. numbers
        AuditPair(
            "k7-01", "Recovery after knee surgery takes about 6 weeks",
            ["Recovery after knee surgery takes between 2 and 4 weeks."],
            oneOf: [.contradicted]),
        AuditPair(
            "k7-03", "The battery lasts around 10 hours",
            ["The battery lasts 8 to 12 hours on a single charge."],
            oneOf: [.supported]),
        AuditPair(
            "k7-05", "Obesity doubles the risk of knee arthritis",
            ["Obesity was associated with a 25% increased risk of knee arthritis."],
            oneOf: [.overstated]),
        AuditPair(
            "k7-07", "The vaccine protects everyone who receives it",
            ["The vaccine reduced infections by 60 percent among recipients."],
            oneOf: [.overstated]),
        AuditPair(
            "k7-09", "Light therapy produced a significant improvement in mood",
            ["Light therapy produced no significant differences in mood."],
            oneOf: [.contradicted]),
        AuditPair(
            "k7-11", "Smoking doubles the risk of stroke",
            ["Smoking was found to double the risk of stroke."],
            oneOf: [.supported]),
        AuditPair(
            "k7-13", "Exercise triples the chance of recovery",
            ["Exercise increased the chance of recovery by 40%."],
            oneOf: [.overstated]),
        // 8. the deciding finding is quoted first
        AuditPair(
            "k8-01", "Green tea reduces liver fat",
            [
                "The evidence on whether green tea reduces liver fat remains limited.",
                "In our trial, green tea reduced liver fat by 12 percent over 12 weeks.",
            ],
            oneOf: [.supported], quotesFirst: 1, knownIssue: true),
        AuditPair(
            "k8-03", "Melatonin improves sleep in shift workers",
            [
                "Few studies have tested whether melatonin improves sleep in shift workers.",
                "Melatonin did not improve sleep in shift workers in this trial.",
            ],
            oneOf: [.contradicted], quotesFirst: 1),
        AuditPair(
            "k8-05", "Cold showers strengthen the immune system",
            [
                "Claims that cold showers strengthen the immune system are popular online.",
                "Cold showers did not strengthen the immune system in our trial.",
            ],
            oneOf: [.contradicted], quotesFirst: 1),
        AuditPair(
            "k8-07", "Antibiotics shorten ear infections in children",
            [
                "Most ear infections in children clear up without treatment.",
                "Antibiotics shortened ear infections in children by about one day.",
            ],
            oneOf: [.supported], quotesFirst: 1),
        AuditPair(
            "k8-09", "Bright screens at night delay sleep",
            [
                "Limitations include self-reported sleep times.",
                "Bright screens at night were associated with delayed sleep onset.",
            ],
            oneOf: [.overstated], quotesFirst: 1, knownIssue: true),
    ]

    static let halfB: [AuditPair] = [
        // 1. paraphrased finding is judged
        AuditPair(
            "k1-02", "Smoking increases the risk of lung cancer",
            ["Tobacco use is a major cause of carcinoma of the lung."],
            oneOf: [.supported], knownIssue: true),
        AuditPair(
            "k1-04", "Minimum wage increases raise unemployment among teenagers",
            ["Rises in the statutory wage floor were followed by higher joblessness among adolescent workers."],
            oneOf: [.supported, .overstated], knownIssue: true),
        AuditPair(
            "k1-06", "Remote work boosts productivity",
            ["We studied 16,000 call-centre employees.", "Working from home led to a 13 percent increase in performance."],
            oneOf: [.supported], knownIssue: true),
        AuditPair(
            "k1-08", "Sugary drinks cause obesity in children",
            [
                "Childhood obesity has risen sharply over three decades.",
                "We followed 4,000 schoolchildren for six years.",
                "Intake of sweetened beverages was measured by questionnaire.",
                "Greater consumption of sugar-sweetened beverages was associated with excess weight gain.",
                "These findings support limiting such drinks.",
            ],
            oneOf: [.overstated], knownIssue: true),
        AuditPair(
            "k1-10", "Two-factor authentication cuts account takeovers",
            ["Accounts protected by a second login factor were compromised far less often."],
            oneOf: [.supported, .overstated], knownIssue: true),
        AuditPair(
            "k1-12", "Eating oily fish reduces the risk of dementia",
            ["Consumption of fatty fish was associated with a lower incidence of cognitive decline and Alzheimer's disease."],
            oneOf: [.overstated]),
        AuditPair(
            "k1-14", "Breastfeeding protects infants against asthma",
            [
                "Asthma is the most common chronic disease of childhood.",
                "Whether infant feeding influences its onset is debated.",
                "We analysed a birth cohort of 8,000 children.",
                "Feeding was recorded at 6 and 12 months.",
                "Children who were breastfed for at least six months had a lower prevalence of wheeze and asthma at age seven.",
                "The association held after adjustment for parental smoking.",
            ],
            oneOf: [.overstated, .supported], knownIssue: true),
        AuditPair(
            "k1-16", "Mobile phones cause brain tumours",
            ["Phone sales grew in every region during the quarter."],
            oneOf: [.unverified]),
        AuditPair(
            "k1-18", "Higher interest rates slow inflation",
            ["Monetary tightening reduced the growth of consumer prices within two years."],
            oneOf: [.supported], knownIssue: true),
        // 2. association told as cause
        AuditPair(
            "k2-02", "Red meat causes colon cancer",
            ["Red meat intake is associated with an increased risk of colon cancer."],
            oneOf: [.overstated], reasonNames: ["association", "cause"]),
        AuditPair(
            "k2-04", "Poor sleep leads to weight gain",
            ["Short sleep duration was linked with greater weight gain over five years."],
            oneOf: [.overstated], reasonNames: ["association", "cause"], knownIssue: true),
        AuditPair(
            "k2-06", "Aspirin is associated with fewer strokes",
            ["Aspirin reduced the incidence of stroke in the randomised trial."],
            oneOf: [.supported]),
        AuditPair(
            "k2-08", "Stroke risk is reduced by drinking tea",
            ["Tea drinking was associated with a reduced risk of stroke."],
            oneOf: [.overstated], reasonNames: ["association", "cause"], knownIssue: true),
        AuditPair(
            "k2-10", "Fluoride prevents tooth decay",
            ["Fluoridated water prevented tooth decay in children, a controlled trial showed."],
            oneOf: [.supported]),
        AuditPair(
            "k2-12", "Traffic noise raises blood pressure",
            ["Traffic noise exposure was related to higher blood pressure among residents."],
            oneOf: [.overstated], reasonNames: ["association", "cause"]),
        // 3. a null finding refutes
        AuditPair(
            "k3-02", "Standing desks improve concentration at work",
            ["Concentration did not differ between office workers given standing desks and those at regular desks."],
            oneOf: [.contradicted]),
        AuditPair(
            "k3-04", "Antidepressants worsen outcomes after heart surgery",
            ["Outcomes after heart surgery were similar in patients taking antidepressants and in those not taking them."],
            oneOf: [.contradicted]),
        AuditPair(
            "k3-06", "Acupuncture relieves back pain",
            ["Acupuncture relieved back pain, but there was no significant difference in sleep quality."],
            oneOf: [.supported]),
        AuditPair(
            "k3-08", "Vaccination reduces hospital admissions",
            ["Vaccination reduced hospital admissions by half; no differences in side effects were seen between the groups."],
            oneOf: [.supported]),
        AuditPair(
            "k3-10", "Ginkgo supplements slow memory decline",
            ["Ginkgo supplements showed no benefit on memory decline over six years."],
            oneOf: [.contradicted]),
        AuditPair(
            "k3-12", "Exercise improves mood in older adults",
            ["Exercise improved mood in older adults.", "Exercise did not change body weight."],
            oneOf: [.supported]),
        // 4. topic overlap is no support
        AuditPair(
            "k4-02", "Vaccines cause autism",
            ["Vaccines are used to protect children with autism from measles."],
            noneOf: [.supported], knownIssue: true),
        AuditPair(
            "k4-04", "Organic vegetables beat conventional vegetables for nutrition",
            ["Vegetables provide vitamins, minerals and fibre."],
            noneOf: [.supported]),
        AuditPair(
            "k4-06", "Antibiotics caused the superbug outbreak",
            ["Antibiotics were given to contain the outbreak on the ward."],
            noneOf: [.supported], knownIssue: true),
        AuditPair(
            "k4-08", "Electric cars are safer than petrol cars",
            ["Electric cars are becoming more popular than ever."],
            noneOf: [.supported], knownIssue: true),
        AuditPair(
            "k4-10", "Social media caused the protests",
            ["Organisers used social media to coordinate the protests."],
            noneOf: [.supported], knownIssue: true),
        AuditPair(
            "k4-12", "Air purifiers beat open windows for indoor air quality",
            ["Air purifiers slightly improve indoor air quality."],
            noneOf: [.supported], knownIssue: true),
        // 5. another subject neither refutes nor backs
        AuditPair(
            "k5-02", "Aerobic exercise improves memory",
            ["Resistance exercise did not improve memory in the trial."],
            noneOf: [.contradicted, .supported]),
        AuditPair(
            "k5-04", "Public transport reduces air pollution",
            ["Private cars increase air pollution in cities."],
            noneOf: [.contradicted, .supported]),
        AuditPair(
            "k5-06", "Brown rice lowers blood sugar",
            ["Brown rice raised blood sugar after meals."],
            oneOf: [.contradicted]),
        AuditPair(
            "k5-08", "Low-dose aspirin lowers the risk of bowel cancer",
            ["High-dose ibuprofen did not lower the risk of bowel cancer."],
            noneOf: [.contradicted, .supported], knownIssue: true),
        AuditPair(
            "k5-10", "Electric scooters reduce traffic congestion",
            ["Delivery vans increase traffic congestion."],
            noneOf: [.contradicted, .supported]),
        AuditPair(
            "k5-12", "Dark chocolate lowers blood pressure",
            ["Milk chocolate was associated with higher blood pressure."],
            noneOf: [.contradicted, .supported]),
        // 6. idioms and attributions are no cues
        AuditPair(
            "k6-02", "Sugar taxes reduce soda sales",
            ["Sugar taxes reduce soda sales, concludes a study of 20 cities."],
            oneOf: [.supported]),
        AuditPair(
            "k6-04", "Nuclear power lowers carbon emissions",
            ["Nuclear power lowers carbon emissions, the report concluded."],
            oneOf: [.supported]),
        AuditPair(
            "k6-06", "Fracking causes earthquakes",
            ["Fracking raises fears of earthquakes in nearby towns."],
            oneOf: [.unverified]),
        AuditPair(
            "k6-08", "High-intensity training improves insulin sensitivity",
            ["High-intensity training improves insulin sensitivity, the authors conclude."],
            oneOf: [.supported]),
        AuditPair(
            "k6-10", "Remote learning lowered exam results",
            ["Remote learning lowered exam results, a government study concludes."],
            oneOf: [.supported]),
        AuditPair(
            "k6-12", "Coffee boosts alertness",
            ["Coffee boosts alertness, suggests a study of night-shift nurses."],
            oneOf: [.supported]),
        // 7. numbers
        AuditPair(
            "k7-02", "The battery lasts around 20 hours",
            ["The battery lasts 8 to 12 hours on a single charge."],
            oneOf: [.contradicted]),
        AuditPair(
            "k7-04", "Smoking quadruples the risk of stroke",
            ["Smoking raised the risk of stroke by 50 percent."],
            oneOf: [.overstated]),
        AuditPair(
            "k7-06", "The new drug works for all patients with migraine",
            ["The new drug reduced migraine days by 12 percent."],
            oneOf: [.overstated]),
        AuditPair(
            "k7-08", "The policy caused a significant rise in school attendance",
            ["There were no significant changes in school attendance after the policy."],
            oneOf: [.contradicted]),
        AuditPair(
            "k7-10", "Unemployment rose to about 9 percent",
            ["Unemployment stood at between 4 and 5 percent."],
            oneOf: [.contradicted]),
        AuditPair(
            "k7-12", "Commutes in the city average about 70 minutes",
            ["Average commutes in the city last from 25 to 40 minutes."],
            oneOf: [.contradicted]),
        AuditPair(
            "k7-14", "Therapy dogs help all hospital patients feel calmer",
            ["Therapy dogs lowered anxiety scores by 20 percent in hospital patients."],
            oneOf: [.overstated]),
        // 8. the deciding finding is quoted first
        AuditPair(
            "k8-02", "Cycling to work lowers the risk of heart disease",
            [
                "Our results may not apply to other populations.",
                "Cycling to work was associated with a lower risk of heart disease.",
            ],
            oneOf: [.overstated], quotesFirst: 1),
        AuditPair(
            "k8-04", "Reading to toddlers boosts vocabulary",
            [
                "It is unclear whether reading to toddlers boosts vocabulary in the long term.",
                "Toddlers whose parents read to them daily had larger vocabularies at age three.",
                "The sample was small.",
            ],
            oneOf: [.overstated, .supported], quotesFirst: 1),
        AuditPair(
            "k8-06", "Tax credits reduce child poverty",
            ["The effect was smaller in rural areas.", "Tax credits reduced child poverty by a fifth."],
            oneOf: [.supported], quotesFirst: 1),
        AuditPair(
            "k8-08", "Pair programming reduces software defects",
            [
                "We asked whether pair programming reduces software defects.",
                "Pair programming reduced software defects by 15 percent but took longer.",
            ],
            oneOf: [.supported], quotesFirst: 1, knownIssue: true),
        AuditPair(
            "k8-10", "Mouthwash kills the virus",
            [
                "Whether mouthwash kills the virus in people is not known.",
                "In the laboratory, mouthwash killed 99 percent of the virus within 30 seconds.",
            ],
            oneOf: [.supported, .overstated], quotesFirst: 1),
    ]
}

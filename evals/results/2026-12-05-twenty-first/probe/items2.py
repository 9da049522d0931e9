SINGLES = [
("s46","What was Wirral's overall effectiveness grade in 2019?","Overall effectiveness | RI (Wirral 2019 row)"),
("s47","How was Havering rated before this one?","good overall, June 2018 (Havering 2024 sentence or Havering 2018 row)"),
("s48","What was Stoke-on-Trent rated at its previous inspection?","inadequate, Feb 2019 (Stoke 2022 sentence, or Stoke 2019 row Inadequate)"),
("s49","How was Lambeth rated for adoption previously?","inadequate (Lambeth 2022 sentence 'when they were inadequate' or Lambeth 2015 adoption row Inadequate)"),
("s50","What was Sandwell's grade last time?","ambiguous: latest Sandwell 2022 RI; 'last time' = previous -> Nov 2017 inadequate"),
("s51","How was Gloucestershire rated in 2017?","inadequate (Gloucestershire 2022 sentence)"),
("s52","Were Manchester's adoption services inadequate?","previously yes (last inspection), now good (Manchester 2017)"),
("s53","How was Tameside rated before 2019?","inadequate (Tameside 2019 sentence or Tameside 2016 overall: inadequate)"),
("s54","What did Ofsted rate Luton last time?","inadequate, 2020 (Luton 2022 sentence)"),
]
CONVS = [
("c13",["What does the multidisciplinary team in East Riding do?","Has it worked?"],["providing good-quality systemic analysis and help for some families","It is too early to measure the full impact of these services."]),
("c14",["What proportion of Oldham's initial child protection conferences were held on the 16th day?","What are managers doing about it?","Has it made a difference?"],["25% of all conferences were held on the 16th day","Managers are closely monitoring the revised arrangements","too soon to see any impact of this"]),
("c15",["What restorative justice work is planned for Oldham's children's homes?","Has it worked?"],["planned to link them with children's homes","too early to see its impact"]),
("c16",["How did applicants describe Sefton's adoption panel?","What did the panel do about it?","Has it worked?"],["Some applicants reported that the panel had been a negative experience","changed its questioning process in response","too early to measure whether applicants now have a more positive experience"]),
("c17",["What progress has Bury made on the regional care leavers plan?","What difference will it make?"],["Progress has been made in all areas of the plan","expects this to result in improved services ... too early to see the impact"]),
("c18",["How are children in Salford helped to express their views?","Is it working?"],["child-friendly software tool","too early to see its impact but early signs are positive"]),
("c19",["What has the Leeds virtual school head changed about pupil premium payments?","Are personal education plans good?","What is she doing about it?"],["new arrangements for payment of the Pupil Premium ... too soon","PEPs are not yet consistently good","working with school leaders, designated ..."]),
("c20",["What approach has Brent introduced for social work practice?","What difference does it make?"],["introduction of the SoS approach","assessments contain fuller information, better analysis"]),
("c21",["How has Calderdale's virtual school helped a young person?","What about the longer term?"],["helping a young person to re-engage with school","too early to analyse the longer-term impact"]),
("c22",["What happened to Sefton's children's trust arrangements?","Why?","Has it worked?"],["subsumed into the Health and Wellbeing Board","in recognition that the HWBB's consideration of children's issues was too limited","too soon to determine the effectiveness of these changes"]),
]

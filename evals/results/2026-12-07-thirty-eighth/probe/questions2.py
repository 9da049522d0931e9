Q = [
("Were homeless teenagers in Hackney helped quickly in 2016?", "hackney-21-september-2016", "broad-term", r"homeless"),
("Did Hackney have social workers available after hours in 2016?", "hackney-21-september-2016", "broad-term", r"out of hours"),
("Were Oldham's social workers available at night and weekends in 2015?", "oldham-03-august-2015", "broad-term", r"Emergency Duty Team"),
("Were homeless young people in Oldham seen quickly in 2015?", "oldham-03-august-2015", "broad-term", r"within 24 hours by a social worker and housing"),
("Did Sutton do any deradicalisation work in 2017?", "sutton-13-february-2017", "broad-term", r"radicalisation"),
("Did Tower Hamlets do deradicalisation work with young people in 2017?", "tower-hamlets-07-april-2017", "broad-term", r"radicalisation|Prevent"),
("What did Leeds do about teenagers' mental health in 2015?", "leeds-27-march-2015", "broad-term", r"Mental health services for children|CAMHS"),
("Did Lambeth vet people applying to adopt in 2015?", "lambeth-12-may-2015", "broad-term", r"required checks"),
("Did Lambeth run police checks on its foster carers in 2015?", "lambeth-12-may-2015", "unanswerable", None),
("Could children in York run their own reviews in 2017?", "york-07-february-2017", "unanswerable", None),
("Could children in West Northamptonshire run their own review meetings?", "west-northamptonshire-25-november-2022", "broad-term", r"chair"),
]

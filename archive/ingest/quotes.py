def extract_quotes(title, body):
    return []

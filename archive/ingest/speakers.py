def attribute_speakers(result):
    return None

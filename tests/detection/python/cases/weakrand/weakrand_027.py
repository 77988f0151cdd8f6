import random

from django.http import JsonResponse
from quiz.models import Question


def practice_round(request):
    questions = list(Question.objects.filter(published=True))
    random.shuffle(questions)
    return JsonResponse({"questions": [q.text for q in questions[:10]]})
